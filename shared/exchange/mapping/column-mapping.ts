/**
 * Which field each column fills and in which unit, as plain data the user can change in the
 * mapping editor and the app can store per source layout (see layout-signature.ts). The
 * suggestion reads the headers; the user's mapping, when there is one, replaces it.
 */
import type { MoneyUnit } from '../../money/money';
import { unitFromHeader, unitKindOf, type ColumnUnit, type UnitKind } from './column-unit';
import { importEntities, type ImportEntity } from './import-entity';
import { importField, unitKindOfValueKind, type ImportFieldId } from './import-fields';
import { matchHeader, type HeaderMatch } from './match-header';

export interface ColumnAssignment {
  /** 0-based index of the column in the sheet. */
  readonly columnIndex: number;
  readonly field: ImportFieldId | null;
  /** For money, area and percent fields; null for the others. */
  readonly unit: ColumnUnit | null;
}

export interface ColumnMapping {
  readonly entity: ImportEntity | null;
  readonly columns: readonly ColumnAssignment[];
}

/** Where a column's unit came from: its header, a 单位 line over the table, or the default. */
export type UnitSource = 'header' | 'sheet' | 'default';

export type UnmappedReason = 'unknown-header' | 'duplicate' | 'empty-header';

export interface SuggestedColumn extends ColumnAssignment {
  readonly header: string;
  readonly match: HeaderMatch | null;
  readonly unitSource: UnitSource | null;
  readonly unmappedReason: UnmappedReason | null;
}

export interface MappingSuggestion {
  readonly entity: ImportEntity | null;
  /** How much evidence the headers give for each kind of record. */
  readonly entityScores: Readonly<Record<ImportEntity, number>>;
  readonly columns: readonly SuggestedColumn[];
}

export interface SuggestOptions {
  /** A money unit stated over the whole table ("金额单位：万元"). */
  readonly sheetMoneyUnit?: MoneyUnit | null;
  /** The kind of record, when already known; otherwise read from the headers. */
  readonly entity?: ImportEntity | null;
}

/** Below this, headers do not say clearly enough what a sheet holds. */
const minimumEntityScore = 2;

const defaultUnits: Readonly<Record<UnitKind, ColumnUnit>> = {
  money: 'yuan',
  area: 'sqm',
  percent: 'percent',
};

export function scoreEntities(
  fields: readonly (ImportFieldId | null)[],
): Record<ImportEntity, number> {
  const scores = Object.fromEntries(importEntities.map((entity) => [entity, 0])) as Record<
    ImportEntity,
    number
  >;
  for (const field of new Set(fields)) {
    if (field === null) continue;
    for (const [entity, weight] of Object.entries(importField(field).evidence)) {
      scores[entity as ImportEntity] += weight;
    }
  }
  return scores;
}

/** The kind of record with the most evidence, earliest in `importEntities` on a tie. */
export function detectEntity(scores: Readonly<Record<ImportEntity, number>>): ImportEntity | null {
  let best: ImportEntity | null = null;
  for (const entity of importEntities) {
    if (scores[entity] >= minimumEntityScore && (best === null || scores[entity] > scores[best])) {
      best = entity;
    }
  }
  return best;
}

/** The unit kind a field's values are measured in, or null for unitless fields. */
export function unitKindOfField(field: ImportFieldId): UnitKind | null {
  return unitKindOfValueKind[importField(field).kind] ?? null;
}

function unitFor(
  field: ImportFieldId,
  header: string,
  sheetMoneyUnit: MoneyUnit | null,
): { unit: ColumnUnit | null; unitSource: UnitSource | null } {
  const kind = unitKindOfField(field);
  if (kind === null) return { unit: null, unitSource: null };
  const fromHeader = unitFromHeader(header);
  if (fromHeader !== null && unitKindOf(fromHeader) === kind) {
    return { unit: fromHeader, unitSource: 'header' };
  }
  if (kind === 'money' && sheetMoneyUnit !== null)
    return { unit: sheetMoneyUnit, unitSource: 'sheet' };
  return { unit: defaultUnits[kind], unitSource: 'default' };
}

/** Two columns for one field: the better match keeps it, the leftmost on a tie. */
function withoutDuplicates(matches: readonly (HeaderMatch | null)[]): (HeaderMatch | null)[] {
  const keeper = new Map<ImportFieldId, number>();
  matches.forEach((match, index) => {
    if (match === null) return;
    const kept = keeper.get(match.field);
    if (kept === undefined || match.score > (matches[kept]?.score ?? 0))
      keeper.set(match.field, index);
  });
  return matches.map((match, index) =>
    match !== null && keeper.get(match.field) === index ? match : null,
  );
}

/** Maps headers to fields and units, and says what the sheet holds. */
export function suggestColumnMapping(
  headers: readonly string[],
  options: SuggestOptions = {},
): MappingSuggestion {
  const firstPass = headers.map((header) => matchHeader(header));
  const entityScores = scoreEntities(firstPass.map((match) => match?.field ?? null));
  const entity = options.entity ?? detectEntity(entityScores);
  // Once the kind is known, general words (名称, 日期) can name its fields.
  const candidates = headers.map(
    (header, index) => firstPass[index] ?? matchHeader(header, entity),
  );
  const matches = withoutDuplicates(candidates);
  const sheetMoneyUnit = options.sheetMoneyUnit ?? null;
  const columns = headers.map((header, columnIndex): SuggestedColumn => {
    const match = matches[columnIndex] ?? null;
    if (match === null) {
      const unmappedReason: UnmappedReason =
        header.trim() === ''
          ? 'empty-header'
          : candidates[columnIndex] === null
            ? 'unknown-header'
            : 'duplicate';
      return {
        columnIndex,
        header,
        field: null,
        unit: null,
        match: null,
        unitSource: null,
        unmappedReason,
      };
    }
    return {
      columnIndex,
      header,
      field: match.field,
      ...unitFor(match.field, header, sheetMoneyUnit),
      match,
      unmappedReason: null,
    };
  });
  return { entity, entityScores, columns };
}

/** The plain mapping of a suggestion or a located sheet, to store or to edit. */
export function mappingOf(mapped: ColumnMapping): ColumnMapping {
  return {
    entity: mapped.entity,
    columns: mapped.columns.map(({ columnIndex, field, unit }) => ({ columnIndex, field, unit })),
  };
}
