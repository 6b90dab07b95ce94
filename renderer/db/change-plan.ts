/**
 * A change set being prepared: the edits to make, validated and given ids before any
 * transaction starts, so that the transaction itself runs nothing but Dexie calls. A plan is
 * committed by Registry.commit (or by a repository's one-record methods) as one transaction.
 */
import type { ChangeSource, RowOrigin } from '../../shared/history/change-set';
import type { Period } from '../../shared/periods/period';
import type { RecordMeta } from '../../shared/records/record-meta';
import { revisionOf, type RecordRevision } from '../../shared/records/record-revision';
import {
  contentTableLabels,
  storedSchemaOf,
  type StoredRecords,
  type VersionedRecord,
  type VersionedTable,
} from '../../shared/registry/registry-tables';
import { revenueReportSchema, type RevenueReport } from '../../shared/reports/revenue-report';
import type { LocalizedText } from '../../shared/text/localized-text';
import { RegistryError } from './registry-error';

/** A record as an edit gives it: content, and its id when it already exists. */
export type Draft<T extends RecordMeta> = Omit<T, 'id' | 'version' | 'updatedAt' | 'deletedAt'> & {
  readonly id?: string;
};

export interface OperationOptions {
  /**
   * The version the user edited; the save is refused if the record has changed since. 0 says
   * the record is new: it is added without being looked up, and refused if its id is stored.
   */
  readonly expectedVersion?: number;
  /** The workbook sheet and row the values were read from. */
  readonly origin?: RowOrigin;
}

export type PlannedOperation =
  | {
      readonly kind: 'save';
      readonly table: VersionedTable;
      readonly revision: RecordRevision<VersionedRecord>;
      readonly options: OperationOptions;
    }
  | {
      readonly kind: 'delete';
      readonly table: VersionedTable;
      readonly id: string;
      readonly options: OperationOptions;
    }
  | {
      readonly kind: 'save-report';
      readonly revision: RecordRevision<RevenueReport>;
      readonly options: OperationOptions;
    }
  | {
      readonly kind: 'delete-report';
      readonly enterpriseId: string;
      readonly period: Period;
      readonly options: OperationOptions;
    };

/** A stand-in for the bookkeeping a draft does not have, so the record schema can check it. */
const placeholderMeta = { version: 1, updatedAt: '2000-01-01T00:00:00.000Z' };

interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function invalid(what: LocalizedText, issues: readonly SchemaIssue[]): RegistryError {
  const lines = issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field === '' ? issue.message : `${field}: ${issue.message}`;
  });
  return new RegistryError('invalid-record', {
    zh: `${what.zh}未保存，以下内容需要更正：${lines.join('；')}`,
    en: `${what.en} was not saved; please correct: ${lines.join('; ')}`,
  });
}

export class ChangePlan {
  readonly operations: PlannedOperation[] = [];

  constructor(
    readonly source: ChangeSource,
    readonly label: LocalizedText,
    private readonly newId: () => string,
  ) {}

  /**
   * Creates or replaces a record; returns its id (a new one when the draft has none, which no
   * stored record can hold: it is saved expecting version 0, so it is not looked up).
   */
  save<T extends VersionedTable>(
    table: T,
    draft: Draft<StoredRecords[T]>,
    given: OperationOptions = {},
  ): string {
    const minted = draft.id === undefined;
    const id = draft.id ?? this.newId();
    const options =
      minted && given.expectedVersion === undefined ? { ...given, expectedVersion: 0 } : given;
    const result = storedSchemaOf(table).safeParse({ ...draft, id, ...placeholderMeta });
    if (!result.success) {
      const label = contentTableLabels[table];
      throw invalid(
        { zh: `${label.zh}记录 ${id} `, en: `${label.en} record ${id}` },
        result.error.issues,
      );
    }
    const revision = revisionOf<VersionedRecord>(result.data);
    this.operations.push({ kind: 'save', table, revision, options });
    return id;
  }

  /** Deletes a record as a tombstone; deleting an enterprise or park deletes what hangs off it. */
  delete(table: VersionedTable, id: string, options: OperationOptions = {}): void {
    this.operations.push({ kind: 'delete', table, id, options });
  }

  /**
   * Creates or replaces the report of an enterprise for a period. A report is identified by its
   * enterprise and period: an existing one keeps its id, a new one gets the draft's or a new id.
   */
  saveReport(draft: Draft<RevenueReport>, options: OperationOptions = {}): void {
    const id = draft.id ?? this.newId();
    const result = revenueReportSchema.safeParse({ ...draft, id, ...placeholderMeta });
    if (!result.success) {
      throw invalid(
        {
          zh: `企业 ${draft.enterpriseId} ${draft.period} 的报表`,
          en: `The ${draft.period} report of enterprise ${draft.enterpriseId}`,
        },
        result.error.issues,
      );
    }
    this.operations.push({ kind: 'save-report', revision: revisionOf(result.data), options });
  }

  deleteReport(enterpriseId: string, period: Period, options: OperationOptions = {}): void {
    this.operations.push({ kind: 'delete-report', enterpriseId, period, options });
  }

  get isEmpty(): boolean {
    return this.operations.length === 0;
  }
}
