import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../../shared/test-support/builders';
import { previewInParts, previewWithRows } from './import-protocol';
import { ImportSession } from './import-session';
import { enterpriseListBytes } from './import-test-data';

function aPreview() {
  const records = validCreditCodes.map((code, index) => [index + 1, `企业${String(index)}`, code]);
  const outcome = new ImportSession().read(enterpriseListBytes(records), '名单.xlsx', {});
  if (!outcome.ok) throw new Error(outcome.error.message.en);
  return outcome.preview;
}

describe('previewInParts', () => {
  it('sends the rows in parts of the given size and the preview without them', () => {
    const preview = aPreview();
    const rows = preview.sheets[0]?.rows ?? [];
    expect(rows.length).toBeGreaterThan(2);
    const { parts, head } = previewInParts(preview, 2);
    expect(parts.map((part) => part.rows.length)).toEqual(
      Array.from({ length: Math.ceil(rows.length / 2) }, (_, index) =>
        Math.min(2, rows.length - 2 * index),
      ),
    );
    expect(head.sheets.every((sheet) => sheet.rows.length === 0)).toBe(true);
  });

  it('gives the same preview back once its parts are put together', () => {
    const preview = aPreview();
    const { parts, head } = previewInParts(preview, 2);
    const rowsBySheet = new Map<number, (typeof parts)[number]['rows'][]>();
    for (const part of parts) {
      rowsBySheet.set(part.sheetIndex, [...(rowsBySheet.get(part.sheetIndex) ?? []), part.rows]);
    }
    expect(previewWithRows(head, rowsBySheet)).toEqual(preview);
  });
});
