import { describe, expect, it } from 'vitest';
import { buildExchangeWorkbook } from '../../../shared/exchange/exchange-format/build-exchange-workbook';
import type { ExchangeRecords } from '../../../shared/exchange/exchange-format/exchange-records';
import { parsedWorkbookOfSpec } from '../../../shared/exchange/exchange-format/spec-grid';
import type { ExistingRecords } from '../../../shared/exchange/matching/sheet-import-plan';
import { compareWithRegistry } from '../../../shared/exchange/round-trip/compare-with-registry';
import { planRoundTripImport } from '../../../shared/exchange/round-trip/round-trip-import';
import { planRoundTrip } from '../../../shared/exchange/round-trip/round-trip-plan';
import {
  columnIndexOf,
  withCell,
  withSheetRows,
} from '../../../shared/exchange/round-trip/test-support/exchange-workbooks';
import { anExportOptions } from '../../../shared/exchange/test-support/exchange-records';
import type { ParsedWorkbook } from '../../../shared/exchange/workbook/read-workbook';
import type { SheetRow } from '../../../shared/exchange/workbook/sheet-grid';
import { liveRecords } from '../../../shared/indicators/indicator-input';
import { withoutBookkeeping } from '../../../shared/records/record-draft';
import { isLive, type RecordMeta } from '../../../shared/records/record-meta';
import { validCreditCodes } from '../../../shared/test-support/builders';
import type { Registry } from '../../db/registry';
import { RegistryError } from '../../db/registry-error';
import { testRegistry } from '../../db/test-support/test-registry';
import { commitImport } from '../import/commit-import';
import { existingRecordsOf } from '../import/import-protocol';
import { ImportSession } from '../import/import-session';
import { everyKindBytes } from '../import/import-test-data';
import { readStoredForImport } from '../import/stored-for-import';

/** A registry holding a park, two enterprises and their tenancies, an event, a financing, a plan. */
async function registryWithEveryKind(): Promise<Registry> {
  const { registry } = testRegistry();
  const session = new ImportSession();
  const read = session.read(everyKindBytes(), '全部.xlsx', {});
  if (!read.ok) throw new Error(read.error.message.en);
  const existing = existingRecordsOf(await readStoredForImport(registry, 'all'));
  const plans = session.plan(existing, {
    policy: { global: 'overwrite' },
    confirmedRows: {},
    today: '2024-11-01',
    newId: () => crypto.randomUUID(),
  });
  await commitImport(registry, { fileName: '全部.xlsx', contentHash: 'x', plans, sheets: {} });
  return registry;
}

async function stored(registry: Registry): Promise<ExistingRecords> {
  return existingRecordsOf(await readStoredForImport(registry, 'all'));
}

function exchangeRecordsOf(existing: ExistingRecords): ExchangeRecords {
  return { ...liveRecords({ ...existing }), plans: existing.plans };
}

/** The records' content, live ones only, without the bookkeeping a write changes. */
function content(existing: ExistingRecords): Record<string, unknown[]> {
  const live = (records: readonly RecordMeta[]) =>
    records.filter(isLive).map((record) => withoutBookkeeping(record));
  return Object.fromEntries(
    Object.entries(existing).map(([table, records]) => [table, live(records as RecordMeta[])]),
  );
}

/** The registry exported, then edited there: the event's 参与人次 typed over, a financing added. */
function returnedWorkbook(records: ExchangeRecords): ParsedWorkbook {
  const exported = parsedWorkbookOfSpec(
    buildExchangeWorkbook(records, anExportOptions()).spec,
    'returned.xlsx',
  );
  const visitors = columnIndexOf(exported, '活动', '参与人次');
  const financing = (header: string) => columnIndexOf(exported, '融资', header);
  const added: SheetRow[number][] = [];
  added[financing('统一社会信用代码')] = { value: validCreditCodes[1] };
  added[financing('企业名称')] = { value: '北京乙设计有限公司' };
  added[financing('资金方')] = { value: '中关村担保' };
  added[financing('融资金额（万元）')] = { value: 300 };
  added[financing('融资日期')] = { value: '2024-10-10' };
  added[financing('融资类型')] = { value: '担保' };
  const edited = withSheetRows(exported, '活动', (rows) =>
    withCell(rows, 2, visitors, { value: 500 }),
  );
  return withSheetRows(edited, '融资', (rows) => [
    ...rows,
    Array.from(added, (cell) => cell ?? null),
  ]);
}

async function roundTripOf(registry: Registry) {
  const existing = await stored(registry);
  const records = exchangeRecordsOf(existing);
  const returned = returnedWorkbook(records);
  const comparison = compareWithRegistry(returned, records);
  if (!comparison.ok) throw new Error(comparison.error.message.en);
  return planRoundTripImport(
    returned,
    comparison.sheets.map((diff) => ({ diff, plan: planRoundTrip(diff.comparisons) })),
    existing,
    { today: '2024-11-20', newId: () => crypto.randomUUID(), year: 2024 },
  );
}

describe('applying a round trip', () => {
  it('writes the event changed there and the financing added there as one change set, undone whole', async () => {
    const registry = await registryWithEveryKind();
    const before = content(await stored(registry));
    const { plans, notApplied } = await roundTripOf(registry);
    expect(notApplied).toEqual([]);
    const outcome = await commitImport(registry, {
      fileName: 'returned.xlsx',
      contentHash: 'y',
      plans,
      sheets: {},
    });
    expect(outcome.kind).toBe('committed');
    const after = await stored(registry);
    expect(after.events).toEqual([expect.objectContaining({ visitors: 500 })]);
    expect(after.financings.filter(isLive)).toHaveLength(2);
    expect(after.financings).toContainEqual(
      expect.objectContaining({ lender: '中关村担保', kind: 'guarantee', amountYuan: 3_000_000 }),
    );
    await registry.history.undo();
    expect(content(await stored(registry))).toEqual(before);
  });

  it('refuses, writing nothing, when a record changed here after the decisions were made', async () => {
    const registry = await registryWithEveryKind();
    const { plans } = await roundTripOf(registry);
    const [event] = (await stored(registry)).events;
    if (event === undefined) throw new Error('The registry has an event');
    await registry.parkEvents.save({ ...withoutBookkeeping(event), title: '本地改名' });
    const before = content(await stored(registry));
    await expect(
      commitImport(registry, { fileName: 'returned.xlsx', contentHash: 'y', plans, sheets: {} }),
    ).rejects.toBeInstanceOf(RegistryError);
    expect(content(await stored(registry))).toEqual(before);
  });
});
