import { describe, expect, it } from 'vitest';
import { ImportSession } from './import-session';
import { warmUpFileName, warmUpWorkbook } from './warm-up-workbook';

describe('warmUpWorkbook', () => {
  it('is read through every stage as a list of valid enterprises', () => {
    const outcome = new ImportSession().read(warmUpWorkbook(40), warmUpFileName, {});
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const [sheet] = outcome.preview.sheets;
    expect(sheet).toMatchObject({ entity: 'enterprises', skipped: false, headerRows: [2] });
    expect(sheet?.columns.map((column) => column.field)).toEqual([
      'serialNo',
      'enterpriseName',
      'creditCode',
      'revenueYuan',
      'employeesAtPeriodEnd',
      'foundedOn',
    ]);
    expect(sheet?.counts).toMatchObject({ rows: 40, valid: 40, invalid: 0 });
    expect(sheet?.rows.flatMap((row) => row.issues)).toEqual([]);
  });
});
