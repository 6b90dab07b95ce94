import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../shared/indicators/indicator-input';
import {
  aFinancing,
  aPark,
  aTenant,
  anEnterprise,
  registryOf,
} from '../../shared/test-support/builders';
import {
  enterpriseIdsBehind,
  figureRowsFromQuery,
  figureRowsQuery,
  type FigureRows,
} from './figure-rows';

const jianwai = '110105001';
const chaowai = '110105002';

function district() {
  const east = aPark({ name: '东园', streetCode: jianwai });
  const west = aPark({ name: '西园', streetCode: chaowai, inExperimentalZone: true });
  const aboveScale = { aboveScaleByYear: { '2024': true } };
  const design = aTenant({
    parkId: east.id,
    enterprise: { name: '设计', subcategoryCode: '031', digitalCulture: true, ...aboveScale },
  });
  const printing = aTenant({
    parkId: east.id,
    enterprise: { name: '印刷', subcategoryCode: '072', ...aboveScale },
  });
  const small = aTenant({ parkId: west.id, enterprise: { name: '小微', subcategoryCode: '031' } });
  const gone = aTenant({
    parkId: west.id,
    enterprise: { name: '已迁出', ...aboveScale },
    tenancy: { movedOutOn: '2024-03-01' },
  });
  const outside = anEnterprise({ name: '园外' });
  const records = liveRecords(
    registryOf([design, printing, small, gone], {
      parks: [east, west],
      enterprises: [outside],
      financings: [
        aFinancing({ enterpriseId: small.enterprise.id, date: '2024-05-01' }),
        aFinancing({ enterpriseId: printing.enterprise.id, date: '2023-05-01' }),
      ],
    }),
  );
  const names = (rows: Omit<FigureRows, 'period'>) => {
    const ids = enterpriseIdsBehind(records, { period: '2024-10', ...rows });
    return records.enterprises
      .filter((enterprise) => ids.has(enterprise.id))
      .map((enterprise) => enterprise.name)
      .sort();
  };
  return { east, west, names };
}

describe('the enterprises behind a figure', () => {
  const { east, names } = district();

  it('takes the scope’s members on the period’s last day, and the district’s unhoused', () => {
    const all = { population: 'all', subset: 'population' } as const;
    expect(names({ scope: { kind: 'district' }, ...all })).toEqual([
      '印刷',
      '园外',
      '小微',
      '设计',
    ]);
    expect(names({ scope: { kind: 'zone' }, ...all })).toEqual(['小微']);
    expect(names({ scope: { kind: 'street', streetCode: jianwai }, ...all })).toEqual([
      '印刷',
      '设计',
    ]);
    expect(names({ scope: { kind: 'park', parkId: east.id }, ...all })).toEqual(['印刷', '设计']);
  });

  it('narrows to the figure’s subset within its population', () => {
    const scope = { kind: 'district' } as const;
    const aboveScale = { scope, population: 'above-scale' } as const;
    expect(names({ ...aboveScale, subset: 'population' })).toEqual(['印刷', '设计']);
    expect(names({ ...aboveScale, subset: 'core' })).toEqual(['设计']);
    expect(names({ ...aboveScale, subset: 'related' })).toEqual(['印刷']);
    expect(names({ ...aboveScale, subset: 'digital' })).toEqual(['设计']);
    expect(names({ ...aboveScale, subset: 'culture' })).toEqual(['印刷', '小微', '设计']);
    expect(names({ ...aboveScale, subset: 'all' })).toEqual(['印刷', '园外', '小微', '设计']);
    // Financing counts every member financed in the period, 规上 or not.
    expect(names({ ...aboveScale, subset: 'financed' })).toEqual(['小微']);
  });

  it('round-trips through the address and refuses a partial one', () => {
    const rows: FigureRows = {
      scope: { kind: 'park', parkId: 'park:1' },
      period: '2024-10',
      population: 'above-scale',
      subset: 'digital',
    };
    expect(figureRowsFromQuery(figureRowsQuery(rows))).toEqual(rows);
    expect(figureRowsFromQuery({ ...figureRowsQuery(rows), period: '2024-13' })).toBeUndefined();
    expect(figureRowsFromQuery({ ...figureRowsQuery(rows), rows: 'everything' })).toBeUndefined();
    expect(figureRowsFromQuery({ ...figureRowsQuery(rows), scope: 'street:' })).toBeUndefined();
    expect(figureRowsFromQuery({})).toBeUndefined();
  });
});
