import { describe, expect, it } from 'vitest';
import { aReport, anEnterprise } from '../../shared/test-support/builders';
import { planReportEdits } from './report-edits';
import { revenueEntryRow, type RevenueEntryRow } from './revenue-entry-rows';

const period = '2024-10';

function rowsOf(...rows: RevenueEntryRow[]): Map<string, RevenueEntryRow> {
  return new Map(rows.map((row) => [row.enterpriseId, row]));
}

function aRow(options: { revenueYuan?: number; previousYuan?: number; demo?: boolean } = {}) {
  const enterprise = anEnterprise();
  return revenueEntryRow({
    enterprise,
    report:
      options.revenueYuan === undefined
        ? undefined
        : aReport({
            enterpriseId: enterprise.id,
            period,
            revenueYuan: options.revenueYuan,
            taxYuan: 5_000,
            ...(options.demo === true ? { demo: true as const } : {}),
          }),
    previous:
      options.previousYuan === undefined
        ? undefined
        : aReport({
            enterpriseId: enterprise.id,
            period: '2024-09',
            revenueYuan: options.previousYuan,
          }),
    lastYear: undefined,
  });
}

describe('planReportEdits', () => {
  it('creates a report for a tenant that had none, in exact 元', () => {
    const row = aRow();
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: '1,234.5' },
    ]);
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted).toBe(1);
    expect(plan.saves).toEqual([
      {
        draft: { enterpriseId: row.enterpriseId, period, revenueYuan: 12_345_000 },
        expectedVersion: 0,
      },
    ]);
  });

  it('changes one figure of an existing report, keeping its id, the others and the demo mark', () => {
    const row = aRow({ revenueYuan: 10_000_000, demo: true });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: '1100' },
    ]);
    expect(plan.saves[0]).toEqual({
      draft: {
        id: row.report?.id,
        demo: true,
        enterpriseId: row.enterpriseId,
        period,
        revenueYuan: 11_000_000,
        taxYuan: 5_000,
      },
      expectedVersion: 1,
    });
  });

  it('clears a figure typed blank', () => {
    const row = aRow({ revenueYuan: 10_000_000 });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'taxYuan', text: '' },
    ]);
    expect(plan.saves[0]?.draft).not.toHaveProperty('taxYuan');
  });

  it('saves nothing when the typed value is what is stored', () => {
    const row = aRow({ revenueYuan: 10_000_000 });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: '1000.0000' },
    ]);
    expect(plan).toEqual({ saves: [], rejected: [], accepted: 1 });
  });

  it('does not save text that is not a number, and says why', () => {
    const row = aRow({ revenueYuan: 10_000_000 });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: 'abc' },
    ]);
    expect(plan.saves).toEqual([]);
    expect(plan.rejected[0]?.message.zh).toContain('“abc” 不是数字');
  });

  it('does not save negative revenue but saves the other cells of the row', () => {
    const row = aRow({ revenueYuan: 10_000_000 });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: '-5' },
      { enterpriseId: row.enterpriseId, field: 'taxYuan', text: '2' },
    ]);
    expect(plan.rejected.map((rejection) => rejection.field)).toEqual(['revenueYuan']);
    expect(plan.saves[0]?.draft).toMatchObject({ revenueYuan: 10_000_000, taxYuan: 20_000 });
    expect(plan.accepted).toBe(1);
  });

  it('saves a figure with a warning (lower than last month)', () => {
    const row = aRow({ previousYuan: 10_000_000 });
    const plan = planReportEdits(rowsOf(row), period, [
      { enterpriseId: row.enterpriseId, field: 'revenueYuan', text: '900' },
    ]);
    expect(plan.rejected).toEqual([]);
    expect(plan.saves[0]?.draft.revenueYuan).toBe(9_000_000);
  });

  it('plans one save per enterprise for a pasted column', () => {
    const rows = [aRow(), aRow(), aRow()];
    const plan = planReportEdits(
      rowsOf(...rows),
      period,
      rows.map((row, index) => ({
        enterpriseId: row.enterpriseId,
        field: 'revenueYuan' as const,
        text: String(100 * (index + 1)),
      })),
    );
    expect(plan.saves.map((save) => save.draft.revenueYuan)).toEqual([
      1_000_000, 2_000_000, 3_000_000,
    ]);
  });
});
