/**
 * An export read back by our own import pipeline (locate → map → normalise) gives every value
 * it was built from, on every sheet and every row: the identity the round trip rests on.
 */
import { describe, expect, it } from 'vitest';
import { locateWorkbook } from '../layout/locate-sheet';
import type { ImportFieldId } from '../mapping/import-fields';
import { normaliseRow } from '../values/normalise-row';
import { demoExchangeRecords, anExportOptions } from '../test-support/exchange-records';
import { buildExchangeWorkbook } from './build-exchange-workbook';
import { recordContentHash } from './content-hash';
import { hashedFields, recordIdHeader } from './exchange-sheets';
import { parsedWorkbookOfSpec } from './spec-grid';

const records = demoExchangeRecords();
const exported = buildExchangeWorkbook(records, anExportOptions());
const located = locateWorkbook(parsedWorkbookOfSpec(exported.spec, 'export.xlsx'));

describe('an exchange workbook read back by the import', () => {
  it.each(exported.content.map((sheet) => [sheet.definition.name, sheet] as const))(
    '%s: the headers map to the columns’ fields and the sheet’s kind',
    (name, sheet) => {
      const found = located.find((candidate) => candidate.sheetName === name);
      expect(found?.entity).toBe(sheet.definition.entity);
      expect(found?.columns.map((column) => column.field ?? column.header)).toEqual(
        sheet.definition.columns.map((column) => column.field ?? recordIdHeader),
      );
    },
  );

  it.each(exported.content.map((sheet) => [sheet.definition.name, sheet] as const))(
    '%s: every value comes back equal, with the same content hash',
    (name, sheet) => {
      const found = located.find((candidate) => candidate.sheetName === name);
      if (found === undefined) throw new Error(`sheet ${name} not located`);
      expect(sheet.rows.length).toBeGreaterThan(0);
      expect(found.dataRows).toHaveLength(sheet.rows.length);
      const fields = hashedFields(sheet.definition);
      found.dataRows.forEach((dataRow, index) => {
        const row = normaliseRow(found, dataRow);
        const expected = sheet.rows[index];
        expect(row.problems).toEqual([]);
        const readBack = Object.fromEntries(
          fields.map((field) => [field, row.values[field] ?? null]),
        );
        const written = Object.fromEntries(
          fields.map((field) => [field, expected?.values[field] ?? null]),
        );
        expect(readBack).toEqual(written);
        expect(recordContentHash(fields, row.values)).toBe(expected?.contentHash);
      });
    },
  );

  it('carries tags, 数字文化小类, earlier certifications and milestones, filled in the demo', () => {
    const filled = (entity: string, field: ImportFieldId) =>
      exported.content
        .find((sheet) => sheet.definition.entity === entity)
        ?.rows.filter((row) => row.values[field] != null).length ?? 0;
    expect(filled('enterprises', 'enterpriseTags')).toBeGreaterThan(0);
    expect(filled('enterprises', 'digitalCultureClass')).toBeGreaterThan(0);
    expect(filled('parks', 'earlierCertifications')).toBeGreaterThan(0);
    expect(filled('milestones', 'milestoneDoneOn')).toBeGreaterThan(0);
  });

  it('covers every kind of record the demo has', () => {
    const counts = Object.fromEntries(
      exported.content.map((sheet) => [sheet.definition.entity, sheet.rows.length]),
    );
    expect(counts).toMatchObject({
      parks: records.parks.length,
      enterprises: records.enterprises.length,
      tenancies: records.tenancies.length,
      cultivation: records.plans.length,
      milestones: records.plans.reduce((count, plan) => count + plan.milestones.length, 0),
      events: records.events.length,
      financing: records.financings.length,
    });
  });
});
