import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import { locateSheet } from '../layout/locate-sheet';
import { gridOf, type GridValue } from '../test-support/sheet-grids';
import { normaliseRow } from '../values/normalise-row';
import { draftOfRow } from './row-draft';

function firstDraft(rows: readonly (readonly GridValue[])[], year?: number) {
  const sheet = locateSheet(gridOf(rows), 0);
  const [row] = sheet.dataRows;
  if (row === undefined || sheet.entity === null) throw new Error('no record');
  return draftOfRow(
    sheet.entity,
    sheet,
    normaliseRow(sheet, row),
    year === undefined ? {} : { year },
  );
}

describe('draftOfRow', () => {
  it('puts import fields into model fields and keeps the identity as refs', () => {
    const draft = firstDraft(
      [
        ['企业名称', '统一社会信用代码', '所属行业', '是否规上', '入驻园区'],
        ['北京甲文化传媒有限公司', validCreditCodes[0], '031', '是', '郎园'],
      ],
      2024,
    );
    expect(draft).toEqual({
      entity: 'enterprises',
      rowNumber: 2,
      fields: {
        name: '北京甲文化传媒有限公司',
        creditCode: validCreditCodes[0],
        subcategoryCode: '031',
        aboveScaleByYear: { '2024': true },
      },
      refs: {
        creditCode: validCreditCodes[0],
        enterpriseName: '北京甲文化传媒有限公司',
        parkName: '郎园',
      },
    });
  });

  it('composes a park certification from its tier and year, and leaves blanks out', () => {
    const draft = firstDraft([
      ['园区名称', '认定级别', '认定年份', '建筑面积（㎡）'],
      ['郎园Vintage', '市级园区', 2022, null],
    ]);
    expect(draft.fields).toEqual({
      name: '郎园Vintage',
      certifications: [{ year: 2022, tier: 'municipal' }],
    });
  });

  it('puts earlier certifications before the latest, and tags and 数字文化小类 in their fields', () => {
    const park = firstDraft([
      ['园区名称', '认定级别', '认定年份', '此前认定'],
      ['郎园Vintage', '市级文化产业示范园区', 2022, '2018年 市级文化产业园区'],
    ]);
    expect(park.fields.certifications).toEqual([
      { year: 2018, tier: 'municipal' },
      { year: 2022, tier: 'municipal-demonstration' },
    ]);
    const enterprise = firstDraft([
      ['企业名称', '统一社会信用代码', '数字文化小类', '企业标签'],
      ['北京甲文化传媒有限公司', validCreditCodes[0], '6 动漫、游戏数字内容服务', '上市、专精特新'],
    ]);
    expect(enterprise.fields).toMatchObject({
      digitalCultureClassId: 6,
      tags: ['listed', 'specialised-innovative'],
    });
  });

  it('takes a revenue row’s period from the title when it has no period column', () => {
    const draft = firstDraft([
      ['朝阳区文化企业营收情况表（2024年1-10月）'],
      ['企业名称', '统一社会信用代码', '营业收入（万元）'],
      ['北京甲文化传媒有限公司', validCreditCodes[0], 12],
    ]);
    expect(draft.fields).toEqual({ period: '2024-10', revenueYuan: 120_000 });
  });
});
