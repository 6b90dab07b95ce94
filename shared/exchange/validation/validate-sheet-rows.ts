/**
 * Step 5 of an import: every normalised row checked by the registry's own rules — the model
 * schemas, the credit-code check, the report anomaly checks, the 规上 rule — plus what only a
 * workbook can get wrong: a required column left blank, the same record twice in one sheet.
 * Each issue names the cell, the problem and the fix; an error keeps its row out.
 */
import { z } from 'zod';
import { cultivationPlanSchema, milestoneSchema } from '../../cultivation/cultivation-plan';
import { checkAboveScaleStatus, suggestAboveScale } from '../../enterprises/above-scale';
import { validateCreditCode } from '../../enterprises/credit-code';
import { enterpriseSchema } from '../../enterprises/enterprise';
import { parkEventSchema } from '../../events/park-event';
import { financingSchema } from '../../financing/financing';
import { parkSchema } from '../../parks/park';
import { isFullYear, type Period } from '../../periods/period';
import { isCultureSubcategoryCode } from '../../reference/culture-classification';
import { findReportAnomalies } from '../../reports/report-anomalies';
import { reportFigureFields, revenueReportSchema } from '../../reports/revenue-report';
import { tenancySchema } from '../../tenancies/tenancy';
import { localized, type LocalizedText } from '../../text/localized-text';
import { draftOfRow, recordFieldOf, type RowDraft } from '../drafts/row-draft';
import type { LocatedColumn, LocatedSheet } from '../layout/locate-sheet';
import { importEntityLabels, type ImportEntity } from '../mapping/import-entity';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { NormalisedRow } from '../values/normalise-row';
import { findDuplicateRows } from './duplicate-rows';
import { placedMessage, type ImportIssue, type ImportIssueCode } from './import-issue';
import { requiredFieldGroups, type RequiredGroup } from './required-fields';
import { schemaIssueText } from './schema-issues';

export interface RowValidation {
  readonly rowNumber: number;
  readonly issues: readonly ImportIssue[];
  /** An error keeps the row out of the import. */
  readonly blocked: boolean;
}

export type SheetIssueCode = 'unknown-entity' | 'missing-column';

/** A problem of the whole sheet, which keeps every row out until it is fixed. */
export interface SheetIssue {
  readonly code: SheetIssueCode;
  readonly field: ImportFieldId | null;
  readonly message: LocalizedText;
}

export interface SheetValidation {
  readonly entity: ImportEntity | null;
  readonly sheetIssues: readonly SheetIssue[];
  /** In the order of the rows given. */
  readonly rows: readonly RowValidation[];
  readonly counts: {
    readonly rows: number;
    readonly valid: number;
    readonly invalid: number;
    readonly withWarnings: number;
  };
}

export interface ValidateOptions {
  /** The kind of record the user chose, when the sheet's headers do not say. */
  readonly entity?: ImportEntity;
  /** The year a 规上 column speaks of, when the sheet's title does not name it. */
  readonly year?: number;
}

const schemaOf: Readonly<Record<ImportEntity, z.ZodType>> = {
  enterprises: enterpriseSchema,
  parks: parkSchema,
  revenue: revenueReportSchema,
  tenancies: tenancySchema,
  events: parkEventSchema,
  financing: financingSchema,
  cultivation: cultivationPlanSchema,
  milestones: milestoneSchema,
};

/** Bookkeeping and references the draft does not have yet, so the schema checks its content. */
const placeholders = {
  id: 'import-row',
  version: 1,
  updatedAt: '2000-01-01T00:00:00.000Z',
  enterpriseId: 'import-ref',
  parkId: 'import-ref',
} as const;

const creditCodeFields: readonly ImportFieldId[] = ['creditCode', 'operatorCreditCode'];

function fieldLabel(field: ImportFieldId): LocalizedText {
  return importField(field).label;
}

class RowIssues {
  readonly issues: ImportIssue[] = [];
  private readonly marked = new Set<ImportFieldId>();

  constructor(
    private readonly rowNumber: number,
    private readonly columnOf: ReadonlyMap<ImportFieldId, LocatedColumn>,
  ) {}

  has(field: ImportFieldId): boolean {
    return this.marked.has(field);
  }

  add(
    field: ImportFieldId | null,
    severity: ImportIssue['severity'],
    code: ImportIssueCode,
    problem: LocalizedText,
  ): void {
    const column = field === null ? undefined : this.columnOf.get(field);
    const columnLetter = column?.letter ?? '';
    const header = column?.header ?? (field === null ? '' : fieldLabel(field).zh);
    if (field !== null) this.marked.add(field);
    this.issues.push({
      rowNumber: this.rowNumber,
      columnLetter,
      header,
      field,
      severity,
      code,
      message: placedMessage(this.rowNumber, columnLetter, header, problem),
    });
  }
}

function requiredProblem(group: RequiredGroup): LocalizedText {
  const labels = group.map(fieldLabel);
  if (labels.length === 1) {
    const [label] = labels;
    return localized(
      `${label?.zh ?? ''}不能为空：请填写后再导入，或排除这一行`,
      `${label?.en ?? ''} is required: fill it in, or exclude this row`,
    );
  }
  return localized(
    `${labels.map((label) => label.zh).join('和')}都是空的：至少填写一项，或排除这一行`,
    `${labels.map((label) => label.en).join(' and ')} are all blank: fill in one of them, or exclude this row`,
  );
}

function checkRequired(
  entity: ImportEntity,
  sheet: LocatedSheet,
  row: NormalisedRow,
  issues: RowIssues,
  columnOf: ReadonlyMap<ImportFieldId, LocatedColumn>,
): void {
  for (const group of requiredFieldGroups[entity]) {
    if (group.some((field) => issues.has(field))) continue;
    const given = group.some((field) => {
      const value = row.values[field];
      return value !== null && value !== undefined;
    });
    if (given || (group.includes('period') && sheet.period !== null)) continue;
    const mapped = group.find((field) => columnOf.has(field));
    if (mapped !== undefined) issues.add(mapped, 'error', 'required', requiredProblem(group));
  }
}

function checkCreditCodes(row: NormalisedRow, issues: RowIssues): void {
  for (const field of creditCodeFields) {
    const value = row.values[field];
    if (typeof value !== 'string' || issues.has(field)) continue;
    const result = validateCreditCode(value);
    // A park's operator is not the record being imported, so a bad code there only warns.
    const severity = field === 'creditCode' ? 'error' : 'warning';
    if (result.ok && result.kind === 'legacy-registration-no') {
      issues.add(field, 'warning', 'legacy-credit-code', result.notice);
    } else if (!result.ok) {
      const problems = result.problems.map((problem) => problem.message);
      // Some problems already say how to check the code; the generic fix is added only where none does.
      const saysHow = problems.some((problem) => problem.zh.includes('营业执照'));
      const fix =
        result.suggestion !== undefined
          ? localized(
              `可能应为 ${result.suggestion}，请按营业执照核对后改正`,
              `it may be ${result.suggestion}; check it against the business licence`,
            )
          : saysHow
            ? null
            : localized('请按营业执照核对后改正', 'check it against the business licence');
      issues.add(
        field,
        severity,
        'invalid-credit-code',
        localized(
          `统一社会信用代码 ${result.code} 无效：${problems.map((p) => p.zh).join('；')}${fix === null ? '' : `；${fix.zh}`}`,
          `The credit code ${result.code} is invalid: ${problems.map((p) => p.en).join('; ')}${fix === null ? '' : `; ${fix.en}`}`,
        ),
      );
    }
  }
}

/** Import fields of each model field that this sheet maps, to place a schema's finding. */
function importFieldsByRecordField(
  entity: ImportEntity,
  columnOf: ReadonlyMap<ImportFieldId, LocatedColumn>,
): Map<string, ImportFieldId> {
  const byRecordField = new Map<string, ImportFieldId>();
  for (const [importId, recordField] of Object.entries(recordFieldOf[entity])) {
    const field = importId as ImportFieldId;
    if (!byRecordField.has(recordField) || columnOf.has(field)) {
      byRecordField.set(recordField, field);
    }
  }
  return byRecordField;
}

type SchemaIssue = z.core.$ZodIssue;

const noSchemaIssues: readonly SchemaIssue[] = [];

/** Distinct values a field keeps the findings of: a sheet's codes and dates repeat far fewer. */
const keptFindingsPerField = 512;

/** Values a field's check can be cached by: the same value always gives the same findings. */
function isCacheKey(value: unknown): boolean {
  return value === undefined || value === null || typeof value !== 'object';
}

/**
 * The model schema's findings for one row, field by field, in the schema's order: the same
 * field schemas the record is parsed with, but without building a candidate record a row, and
 * each field's findings kept by value, since most cells of a sheet repeat a few values (a
 * 20,000-row sheet spent a fifth of its read in whole-record parses). A schema with checks over
 * the whole record (a stay's move-out after its move-in) is parsed whole, as before.
 */
class SchemaCheck {
  private readonly fields:
    | readonly {
        readonly recordField: string;
        readonly field: ImportFieldId;
        readonly schema: z.ZodType;
        readonly seen: Map<unknown, readonly SchemaIssue[]>;
      }[]
    | undefined;

  constructor(
    private readonly schema: z.ZodType,
    private readonly byRecordField: ReadonlyMap<string, ImportFieldId>,
  ) {
    if (!(schema instanceof z.ZodObject) || (schema.def.checks?.length ?? 0) > 0) return;
    const shape: Readonly<Record<string, z.ZodType>> = schema.shape;
    this.fields = Object.entries(shape).flatMap(([recordField, fieldSchema]) => {
      const field = byRecordField.get(recordField);
      // Bookkeeping and fields no column fills are never reported: not checked either. Credit
      // codes are checked apart by the same rule (checkCreditCodes), with a message that says
      // which character is wrong; the schema would only check every valid code again.
      return field === undefined || recordField in placeholders || creditCodeFields.includes(field)
        ? []
        : [{ recordField, field, schema: fieldSchema, seen: new Map() }];
    });
  }

  check(draft: RowDraft, issues: RowIssues): void {
    if (this.fields === undefined) {
      this.checkWhole(draft, issues);
      return;
    }
    for (const { recordField, field, schema, seen } of this.fields) {
      if (issues.has(field)) continue;
      const value = valueIn(draft, recordField);
      const cacheable = isCacheKey(value);
      let found = cacheable ? seen.get(value) : undefined;
      if (found === undefined) {
        const parsed = schema.safeParse(value);
        found = parsed.success ? noSchemaIssues : parsed.error.issues;
        // A column of names or codes repeats nothing: its findings are not worth keeping.
        if (cacheable && seen.size < keptFindingsPerField) seen.set(value, found);
      }
      const [first] = found;
      if (first !== undefined) issues.add(field, 'error', 'invalid-value', schemaIssueText(first));
    }
  }

  private checkWhole(draft: RowDraft, issues: RowIssues): void {
    const parsed = this.schema.safeParse({ ...placeholders, ...draft.refs, ...draft.fields });
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const [recordField] = issue.path;
      if (typeof recordField !== 'string' || recordField in placeholders) continue;
      const field = this.byRecordField.get(recordField);
      if (field === undefined || issues.has(field)) continue;
      issues.add(field, 'error', 'invalid-value', schemaIssueText(issue));
    }
  }
}

/** A model field's value as the whole-record parse sees it: the row's, its reference's, or none. */
function valueIn(draft: RowDraft, recordField: string): unknown {
  if (Object.hasOwn(draft.fields, recordField)) return draft.fields[recordField];
  return Object.hasOwn(draft.refs, recordField) ? Reflect.get(draft.refs, recordField) : undefined;
}

function checkReport(draft: RowDraft, issues: RowIssues): void {
  const figures = Object.fromEntries(
    reportFigureFields.flatMap((field) =>
      typeof draft.fields[field] === 'number' ? [[field, draft.fields[field]]] : [],
    ),
  );
  if (Object.keys(figures).length === 0) {
    issues.add(
      null,
      'warning',
      'no-figures',
      localized(
        '这一行没有任何数据（营业收入、利润、纳税、从业人员都是空的）：导入后只有企业没有数据，如不需要请排除',
        'This row has no figures (revenue, profit, tax and staff are all blank): it adds nothing; exclude it if it is not needed',
      ),
    );
    return;
  }
  for (const anomaly of findReportAnomalies(figures)) {
    if (issues.has(anomaly.field)) continue;
    issues.add(anomaly.field, anomaly.severity, 'report-anomaly', anomaly.message);
  }
}

function checkAboveScale(sheet: LocatedSheet, row: NormalisedRow, issues: RowIssues): void {
  const stored = row.values.aboveScale;
  const subcategory = row.values.subcategoryCode;
  const period = (row.values.period ?? sheet.period ?? undefined) as Period | undefined;
  if (typeof stored !== 'boolean' || typeof subcategory !== 'string') return;
  if (!isCultureSubcategoryCode(subcategory) || period === undefined || !isFullYear(period)) return;
  const revenue = row.values.revenueYuan;
  const staff = row.values.employeesAtPeriodEnd;
  const warning = checkAboveScaleStatus(
    stored,
    suggestAboveScale({
      subcategory,
      revenueYuan: typeof revenue === 'number' ? revenue : null,
      yearEndStaff: typeof staff === 'number' ? staff : null,
    }),
  );
  if (warning !== undefined) issues.add('aboveScale', 'warning', 'above-scale-mismatch', warning);
}

function sheetIssuesOf(
  entity: ImportEntity | null,
  sheet: LocatedSheet,
  columnOf: ReadonlyMap<ImportFieldId, LocatedColumn>,
): SheetIssue[] {
  if (entity === null) {
    return [
      {
        code: 'unknown-entity',
        field: null,
        message: localized(
          `工作表“${sheet.sheetName}”的数据类型未确定：请选择它是哪类数据（如 企业、营收报表）后再检查`,
          `What sheet "${sheet.sheetName}" holds is not set: choose its kind (such as Enterprises or Revenue reports) to check it`,
        ),
      },
    ];
  }
  return requiredFieldGroups[entity].flatMap((group): SheetIssue[] => {
    if (group.some((field) => columnOf.has(field))) return [];
    if (group.includes('period') && sheet.period !== null) return [];
    const labels = group.map(fieldLabel);
    const [first] = group;
    return [
      {
        code: 'missing-column',
        field: first ?? null,
        message: localized(
          `工作表“${sheet.sheetName}”缺少“${labels.map((label) => label.zh).join('”或“')}”列，无法导入为${importEntityLabels[entity].zh}：请在列对应中把某一列指定为该字段`,
          `Sheet "${sheet.sheetName}" has no "${labels.map((label) => label.en).join('" or "')}" column, so it cannot be imported as ${importEntityLabels[entity].en}: assign that field to a column in the mapping`,
        ),
      },
    ];
  });
}

function duplicateProblem(firstRow: number): LocalizedText {
  return localized(
    `与第 ${firstRow} 行是同一条记录：请删除或排除其中一行`,
    `Same record as row ${firstRow}: delete or exclude one of the two`,
  );
}

/**
 * Checks the rows of one sheet; `rows` are the rows to import (the user's exclusions left out),
 * each already normalised, edits in place included.
 */
export function validateSheetRows(
  sheet: LocatedSheet,
  rows: readonly NormalisedRow[],
  options: ValidateOptions = {},
): SheetValidation {
  const entity = sheet.entity ?? options.entity ?? null;
  const columnOf = new Map<ImportFieldId, LocatedColumn>();
  for (const column of sheet.columns) {
    if (column.field !== null) columnOf.set(column.field, column);
  }
  const sheetIssues = sheetIssuesOf(entity, sheet, columnOf);
  const schemaCheck =
    entity === null
      ? undefined
      : new SchemaCheck(schemaOf[entity], importFieldsByRecordField(entity, columnOf));
  const drafts =
    entity === null
      ? []
      : rows.map((row) =>
          draftOfRow(entity, sheet, row, options.year === undefined ? {} : { year: options.year }),
        );
  const duplicates = findDuplicateRows(drafts);

  const validated = rows.map((row, index): RowValidation => {
    const issues = new RowIssues(row.rowNumber, columnOf);
    for (const problem of row.problems) {
      issues.add(problem.field, 'error', problem.code, problem.problem.message);
    }
    const draft = drafts[index];
    if (entity !== null && draft !== undefined) {
      checkRequired(entity, sheet, row, issues, columnOf);
      checkCreditCodes(row, issues);
      schemaCheck?.check(draft, issues);
      if (entity === 'revenue') checkReport(draft, issues);
      checkAboveScale(sheet, row, issues);
      const duplicate = duplicates.get(row.rowNumber);
      if (duplicate !== undefined) {
        issues.add(
          duplicate.field,
          'error',
          'duplicate-in-file',
          duplicateProblem(duplicate.firstRow),
        );
      }
    }
    const blocked = sheetIssues.length > 0 || issues.issues.some((i) => i.severity === 'error');
    return { rowNumber: row.rowNumber, issues: issues.issues, blocked };
  });

  const invalid = validated.filter((row) => row.blocked).length;
  return {
    entity,
    sheetIssues,
    rows: validated,
    counts: {
      rows: validated.length,
      valid: validated.length - invalid,
      invalid,
      withWarnings: validated.filter(
        (row) => !row.blocked && row.issues.some((issue) => issue.severity === 'warning'),
      ).length,
    },
  };
}
