import { describe, expect, it } from 'vitest';
import { generateDemoRegistry } from '../../demo/generate-demo';
import { liveRecords } from '../../indicators/indicator-input';
import { present } from '../../test-support/present';
import { buildExchangeWorkbook } from '../exchange-format/build-exchange-workbook';
import type { ExchangeRecords } from '../exchange-format/exchange-records';
import { parsedWorkbookOfSpec } from '../exchange-format/spec-grid';
import { anExportOptions } from '../test-support/exchange-records';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import type { SheetRow } from '../workbook/sheet-grid';
import { locateWorkbook } from '../layout/locate-sheet';
import { planWorkbookImport } from '../matching/sheet-import-plan';
import { validateSheetRows } from '../validation/validate-sheet-rows';
import { normaliseRow } from '../values/normalise-row';
import { compareWithRegistry } from './compare-with-registry';
import { isExchangeRecordSheet } from './exchange-sheet-rows';
import { planRoundTrip } from './round-trip-plan';
import { planRoundTripImport } from './round-trip-import';
import { columnIndexOf, withCell, withSheetRows } from './test-support/exchange-workbooks';

const demo = generateDemoRegistry({ enterprises: 30, parks: 21, seed: 7 });
const records: ExchangeRecords = { ...liveRecords({ ...demo }), plans: demo.plans };
const exported = parsedWorkbookOfSpec(
  buildExchangeWorkbook(records, anExportOptions()).spec,
  'returned.xlsx',
);

/** A row for `sheet`, its cells placed under the headers given. */
function rowOf(
  workbook: ParsedWorkbook,
  sheet: string,
  cells: Readonly<Record<string, string | number>>,
): SheetRow {
  const row: SheetRow[number][] = [];
  for (const [header, value] of Object.entries(cells)) {
    row[columnIndexOf(workbook, sheet, header)] = { value };
  }
  return Array.from(row, (cell) => cell ?? null);
}

function planned(returned: ParsedWorkbook) {
  const comparison = compareWithRegistry(returned, records);
  if (!comparison.ok) throw new Error(comparison.error.message.en);
  let id = 0;
  return planRoundTripImport(
    returned,
    comparison.sheets.map((diff) => ({ diff, plan: planRoundTrip(diff.comparisons) })),
    demo,
    { today: '2024-11-20', newId: () => `new-${String((id += 1))}`, year: 2024 },
  );
}

const event = present(demo.events[0], 'an event');
const eventRow = 2 + demo.events.findIndex((candidate) => candidate.id === event.id);
const enterprise = present(records.enterprises[0], 'an enterprise');
const otherPark = present(
  demo.parks.find((park) => park.id !== event.parkId),
  'a second park',
);

describe('planRoundTripImport', () => {
  it('writes nothing for a workbook returned unchanged', () => {
    const result = planned(exported);
    expect(result.plans.flatMap((plan) => plan.writes)).toEqual([]);
    expect(result.notApplied).toEqual([]);
  });

  it('writes taken cells of any sheet into the record by id, and rows added there as new records', () => {
    const title = columnIndexOf(exported, '活动', '活动名称');
    let returned = withSheetRows(exported, '活动', (rows) => [
      ...withCell(rows, eventRow, title, { value: '秋季创意市集' }),
      rowOf(exported, '活动', {
        园区名称: otherPark.name,
        活动名称: '新春沙龙',
        活动类型: '沙龙',
        活动日期: '2024-02-01',
      }),
    ]);
    returned = withSheetRows(returned, '融资', (rows) => [
      ...rows,
      rowOf(exported, '融资', {
        企业名称: enterprise.name,
        统一社会信用代码: enterprise.creditCode,
        资金方: '北京银行',
        '融资金额（万元）': 250,
        融资日期: '2024-09-09',
        融资类型: '贷款',
      }),
    ]);
    const result = planned(returned);
    expect(result.notApplied).toEqual([]);
    const writes = result.plans.flatMap((plan) => plan.writes);
    expect(writes).toEqual([
      expect.objectContaining({
        table: 'parkEvents',
        draft: expect.objectContaining({ id: event.id, title: '秋季创意市集' }) as unknown,
        expectedVersion: event.version,
      }),
      expect.objectContaining({
        table: 'parkEvents',
        draft: expect.objectContaining({ parkId: otherPark.id, title: '新春沙龙' }) as unknown,
      }),
      expect.objectContaining({
        table: 'financings',
        draft: expect.objectContaining({
          enterpriseId: enterprise.id,
          amountYuan: 2_500_000,
        }) as unknown,
      }),
    ]);
  });

  it('writes only the cells taken: a park’s notes and certifications stay as they are here', () => {
    const address = columnIndexOf(exported, '园区', '地址');
    const park = present(demo.parks[0], 'a park');
    expect(park.notes).toContain('\n');
    const result = planned(
      withSheetRows(exported, '园区', (rows) =>
        withCell(rows, 2, address, { value: '酒仙桥路4号' }),
      ),
    );
    expect(result.notApplied).toEqual([]);
    const writes = result.plans.flatMap((plan) => plan.writes);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.draft).toMatchObject({
      id: park.id,
      address: '酒仙桥路4号',
      notes: park.notes,
      certifications: park.certifications,
    });
  });

  it('writes a milestone changed there into its plan, at the plan’s version', () => {
    const status = columnIndexOf(exported, '培育里程碑', '进展状态');
    const plan = present(
      demo.plans.find((candidate) => candidate.milestones.length > 0),
      'a plan with milestones',
    );
    const milestones = demo.plans.flatMap((candidate) => candidate.milestones);
    const first = present(plan.milestones[0], 'a milestone');
    const row = 2 + milestones.findIndex((milestone) => milestone.id === first.id);
    const after = first.status === 'dropped' ? 'planned' : 'dropped';
    const result = planned(
      withSheetRows(exported, '培育里程碑', (rows) =>
        withCell(rows, row, status, { value: after === 'dropped' ? '已取消' : '未开始' }),
      ),
    );
    expect(result.notApplied).toEqual([]);
    const writes = result.plans.flatMap((sheet) => sheet.writes);
    expect(writes).toEqual([
      expect.objectContaining({ table: 'cultivationPlans', expectedVersion: plan.version }),
    ]);
    expect(writes[0]?.draft).toMatchObject({
      id: plan.id,
      milestones: [{ ...first, status: after }, ...plan.milestones.slice(1)],
    });
  });

  it('writes tags and 数字文化小类 taken there as the model keeps them', () => {
    const index = records.enterprises.findIndex(
      (candidate) => candidate.tags.length === 0 && candidate.digitalCultureClassId !== 4,
    );
    const tagged = present(records.enterprises[index], 'an enterprise without tags');
    const tags = columnIndexOf(exported, '企业', '企业标签');
    const digitalClass = columnIndexOf(exported, '企业', '数字文化小类');
    const result = planned(
      withSheetRows(exported, '企业', (rows) =>
        withCell(
          withCell(rows, index + 2, tags, { value: '上市、独角兽' }),
          index + 2,
          digitalClass,
          {
            value: '4 数字出版',
          },
        ),
      ),
    );
    expect(result.notApplied).toEqual([]);
    expect(result.plans.flatMap((plan) => plan.writes.map((write) => write.draft))).toEqual([
      expect.objectContaining({
        id: tagged.id,
        tags: ['listed', 'unicorn'],
        digitalCultureClassId: 4,
      }),
    ]);
  });

  it('writes certification cells taken there, composed with the stored ones and their sources', () => {
    const tier = columnIndexOf(exported, '园区', '认定级别');
    const year = columnIndexOf(exported, '园区', '认定年份');
    const earlier = columnIndexOf(exported, '园区', '此前认定');
    const sourced = records.parks.flatMap((park, index) =>
      park.certifications.length >= 2 && park.certifications.every((c) => c.source !== undefined)
        ? [{ park, row: index + 2 }]
        : [],
    );
    const [first, second] = sourced;
    if (first === undefined || second === undefined) throw new Error('two parks with sources');
    const latestOf = (park: (typeof records.parks)[number]) =>
      present(
        [...park.certifications].sort((a, b) => b.year - a.year)[0],
        'a latest certification',
      );
    const result = planned(
      withSheetRows(exported, '园区', (rows) => {
        // The first: its latest now 示范园区(提名), the earlier ones cleared there.
        let edited = withCell(rows, first.row, tier, { value: '示范园区(提名)' });
        edited = withCell(edited, first.row, earlier, null);
        // The second: its latest re-dated to 2023.
        return withCell(edited, second.row, year, { value: 2023 });
      }),
    );
    expect(result.notApplied).toEqual([]);
    const drafts = result.plans.flatMap((plan) => plan.writes.map((write) => write.draft));
    expect(drafts).toEqual([
      expect.objectContaining({
        id: first.park.id,
        certifications: [{ ...latestOf(first.park), tier: 'municipal-demonstration-nominated' }],
        notes: first.park.notes,
      }),
      expect.objectContaining({
        id: second.park.id,
        certifications: [
          ...second.park.certifications.filter((c) => c !== latestOf(second.park)),
          { year: 2023, tier: latestOf(second.park).tier },
        ],
      }),
    ]);
  });

  it('lists a latest certification’s tier cleared without its year, and keeps it', () => {
    const tier = columnIndexOf(exported, '园区', '认定级别');
    const index = records.parks.findIndex((park) => park.certifications.length > 0);
    const park = present(records.parks[index], 'a certified park');
    const result = planned(
      withSheetRows(exported, '园区', (rows) => withCell(rows, index + 2, tier, null)),
    );
    expect(result.notApplied).toEqual([
      { sheetName: '园区', where: park.id, rowNumber: index + 2, reason: 'composed-field' },
    ]);
    expect(result.plans.flatMap((plan) => plan.writes)).toEqual([]);
  });

  it('empties a field cleared there', () => {
    const visitors = columnIndexOf(exported, '活动', '参与人次');
    const index = demo.events.findIndex((candidate) => candidate.visitors !== undefined);
    const cleared = present(demo.events[index], 'an event with its visitors');
    const result = planned(
      withSheetRows(exported, '活动', (rows) => withCell(rows, index + 2, visitors, null)),
    );
    const [write] = result.plans.flatMap((plan) => plan.writes);
    expect(write?.draft).toMatchObject({ id: cleared.id, title: cleared.title });
    expect(write?.draft).not.toHaveProperty('visitors');
  });

  it('lists what it cannot write, with the reason and the fix', () => {
    const result = planned(
      withSheetRows(exported, '活动', (rows) => [
        ...rows,
        rowOf(exported, '活动', {
          园区名称: '不存在的园区',
          活动名称: '读书会',
          活动类型: '阅读',
          活动日期: '2024-03-01',
        }),
        rowOf(exported, '活动', { 园区名称: otherPark.name, 活动名称: '无日期的活动' }),
      ]),
    );
    expect(result.plans.flatMap((plan) => plan.writes)).toEqual([]);
    const newRows = demo.events.length + 2;
    expect(result.notApplied).toEqual([
      expect.objectContaining({
        sheetName: '活动',
        where: String(newRows),
        reason: 'not-matched',
      }),
      expect.objectContaining({ where: String(newRows + 1), reason: 'invalid' }),
    ]);
    expect(result.notApplied[0]?.note?.zh).toContain('园区“不存在的园区”不在登记册中');
    expect(result.notApplied[1]?.note?.zh).toContain(
      `第 ${String(newRows + 1)} 行 D 列（活动类型）`,
    );
  });

  it('lists a composed field cleared there, which it cannot empty', () => {
    const aboveScale = columnIndexOf(exported, '企业', '是否规上（2024年）');
    const index = records.enterprises.findIndex((e) => e.aboveScaleByYear['2024'] !== undefined);
    const flagged = present(records.enterprises[index], 'an enterprise with its 2024 规上');
    const result = planned(
      withSheetRows(exported, '企业', (rows) => withCell(rows, index + 2, aboveScale, null)),
    );
    expect(result.notApplied).toEqual([
      { sheetName: '企业', where: flagged.id, rowNumber: index + 2, reason: 'composed-field' },
    ]);
    expect(result.plans.flatMap((plan) => plan.writes)).toEqual([]);
  });

  it('writes a revenue figure changed there into that report, at the version decided on', () => {
    const revenue = columnIndexOf(exported, '营收', '营业收入（万元）');
    const result = planned(
      withSheetRows(exported, '营收', (rows) => withCell(rows, 2, revenue, { value: 4321 })),
    );
    expect(result.notApplied).toEqual([]);
    const writes = result.plans.flatMap((plan) => plan.writes);
    expect(writes).toEqual([
      expect.objectContaining({ table: 'reports', expectedVersion: expect.any(Number) as unknown }),
    ]);
    const [write] = writes;
    const report = demo.reports.find((candidate) => candidate.id === write?.draft.id);
    expect(report).toBeDefined();
    expect(write?.draft).toMatchObject({ revenueYuan: 43_210_000, period: report?.period });
  });
});

describe('importing an exported workbook as it is', () => {
  it('plans every row of every sheet as unchanged and writes nothing', () => {
    const sheets = locateWorkbook(exported)
      .filter(isExchangeRecordSheet)
      .map((sheet) => {
        const rows = sheet.dataRows.map((row) => normaliseRow(sheet, row));
        return { sheet, rows, validation: validateSheetRows(sheet, rows, { year: 2024 }) };
      });
    expect(sheets.map(({ sheet }) => sheet.entity)).toEqual([
      'parks',
      'enterprises',
      'tenancies',
      'revenue',
      'cultivation',
      'milestones',
      'events',
      'financing',
    ]);
    // What the import would otherwise rewrite: a note's line breaks, a certification's source.
    expect(demo.parks.some((park) => park.notes?.includes('\n'))).toBe(true);
    expect(demo.parks.some((park) => park.certifications.some((c) => c.source))).toBe(true);
    const plans = planWorkbookImport(sheets, demo, {
      policy: { global: 'overwrite' },
      today: '2024-11-20',
      newId: () => 'new',
      year: 2024,
    });
    expect(plans.map((plan) => [plan.entity, plan.rows.length])).toEqual(
      sheets.map(({ sheet, rows }) => [sheet.entity, rows.length]),
    );
    expect(plans.find((plan) => plan.entity === 'milestones')?.rows.length).toBeGreaterThan(0);
    expect(plans.flatMap((plan) => plan.writes)).toEqual([]);
    expect(plans.flatMap((plan) => plan.rows).filter((row) => row.status !== 'unchanged')).toEqual(
      [],
    );
  });
});
