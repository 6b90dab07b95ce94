/**
 * The backup file: the whole registry, history included, as one JSON document that restores
 * without loss. It holds the stored tables as they are at its schema version; an older backup
 * is migrated on reading. Reading validates everything a restore relies on (every record
 * against its schema, unique ids and credit codes, references between records, history parts
 * belonging to change sets) and explains each problem by table, record and field, so a damaged
 * file is refused before anything is replaced.
 */
import { z } from 'zod';
import {
  changePartSchema,
  changeSetSchema,
  type ChangePart,
  type ChangeSet,
} from '../history/change-set';
import {
  contentTableLabels,
  contentTables,
  references,
  referencedId,
  storedSchemaOf,
  type ContentTable,
  type StoredRecord,
  type StoredTables,
} from '../registry/registry-tables';
import {
  currentSchemaVersion,
  migrateV1ToV2,
  type StoredTablesV1,
} from '../registry/schema-migrations';
import { revenueReportSchema } from '../reports/revenue-report';
import type { LocalizedText } from '../text/localized-text';

export const backupFormatName = 'park-ledger-backup';

export interface BackupHistory {
  changeSets: ChangeSet[];
  changeParts: ChangePart[];
}

export interface BackupFile {
  format: typeof backupFormatName;
  schemaVersion: number;
  exportedAt: string;
  tables: StoredTables;
  history: BackupHistory;
}

/** A backup written at schema version 1 (the snapshot taken before the upgrade to v2). */
export interface BackupFileV1 {
  format: typeof backupFormatName;
  schemaVersion: 1;
  exportedAt: string;
  tables: StoredTablesV1;
}

/** What a snapshot or a file may hold: a backup at the current or an older schema version. */
export type BackupDocument = BackupFile | BackupFileV1;

export type BackupCounts = Partial<Record<ContentTable | 'changeSets', number>>;

export interface BackupProblem {
  /** Which table, record and field; empty for the file as a whole. */
  readonly where: LocalizedText;
  readonly message: LocalizedText;
}

export interface BackupReport {
  readonly summary: LocalizedText;
  readonly schemaVersion?: number;
  readonly exportedAt?: string;
  readonly counts: BackupCounts;
  /** The first `maxListedProblems` problems; `problemCount` says how many there are. */
  readonly problems: readonly BackupProblem[];
  readonly problemCount: number;
}

export type BackupReading =
  | { readonly ok: true; readonly backup: BackupFile; readonly report: BackupReport }
  | { readonly ok: false; readonly report: BackupReport };

export const maxListedProblems = 50;

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/** The file name a backup is saved under: 园区台账备份-2024-11-01-0800.json. */
export function backupFileName(exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `园区台账备份-${stamp}.json`;
}

const nowhere: LocalizedText = { zh: '', en: '' };

/** Model messages read "中文 / English"; others are English only and shown as they are. */
function splitMessage(message: string): LocalizedText {
  const separator = message.indexOf(' / ');
  if (separator < 0) return { zh: message, en: message };
  return { zh: message.slice(0, separator), en: message.slice(separator + 3) };
}

type TableName = ContentTable | 'reports' | 'changeSets' | 'changeParts';

const historyLabels: Readonly<Record<'reports' | 'changeSets' | 'changeParts', LocalizedText>> = {
  reports: { zh: '报表', en: 'Reports' },
  changeSets: { zh: '修改历史', en: 'Change history' },
  changeParts: { zh: '修改明细', en: 'Change details' },
};

function tableLabel(table: TableName): LocalizedText {
  return table === 'reports' || table === 'changeSets' || table === 'changeParts'
    ? historyLabels[table]
    : contentTableLabels[table];
}

function recordWhere(
  table: TableName,
  index: number,
  id: unknown,
  field?: readonly PropertyKey[],
): LocalizedText {
  const label = tableLabel(table);
  const idText = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  const fieldText =
    field !== undefined && field.length > 0 ? field.map(String).join('.') : undefined;
  return {
    zh: `${label.zh} 第${index + 1}条${idText === undefined ? '' : `（id ${idText}）`}${
      fieldText === undefined ? '' : ` 字段 ${fieldText}`
    }`,
    en: `${label.en} record ${index + 1}${idText === undefined ? '' : ` (id ${idText})`}${
      fieldText === undefined ? '' : `, field ${fieldText}`
    }`,
  };
}

class ProblemList {
  readonly problems: BackupProblem[] = [];
  count = 0;

  add(where: LocalizedText, message: LocalizedText): void {
    this.count += 1;
    if (this.problems.length < maxListedProblems) this.problems.push({ where, message });
  }
}

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? ((value as Record<string, unknown>).id ?? (value as Record<string, unknown>).seq)
    : undefined;
}

/** Validates each row with its schema; returns the parsed rows, or undefined if any failed. */
function parseRows<T>(
  table: TableName,
  rows: unknown,
  schema: z.ZodType<T>,
  problems: ProblemList,
): T[] | undefined {
  if (!Array.isArray(rows)) {
    problems.add(tableLabel(table), {
      zh: '缺少这张表，或它不是列表',
      en: 'the table is missing or is not a list',
    });
    return undefined;
  }
  const parsed: T[] = [];
  let failed = false;
  for (const [index, row] of (rows as unknown[]).entries()) {
    const result = schema.safeParse(row);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    failed = true;
    for (const issue of result.error.issues) {
      problems.add(recordWhere(table, index, idOf(row), issue.path), splitMessage(issue.message));
    }
  }
  return failed ? undefined : parsed;
}

function checkUniqueIds(table: ContentTable, rows: readonly StoredRecord[], problems: ProblemList) {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id)) {
      problems.add(recordWhere(table, index, row.id), {
        zh: 'id 重复：同一张表中已有这条记录',
        en: 'duplicate id: the table already holds a record with it',
      });
    }
    seen.add(row.id);
  });
}

function checkTables(tables: StoredTables, problems: ProblemList): void {
  for (const table of contentTables) checkUniqueIds(table, tables[table], problems);

  const codes = new Map<string, string>();
  tables.enterprises.forEach((enterprise, index) => {
    const holder = codes.get(enterprise.creditCode);
    if (holder !== undefined) {
      problems.add(recordWhere('enterprises', index, enterprise.id, ['creditCode']), {
        zh: `统一社会信用代码 ${enterprise.creditCode} 与企业 ${holder} 重复`,
        en: `credit code ${enterprise.creditCode} is also held by enterprise ${holder}`,
      });
    }
    codes.set(enterprise.creditCode, enterprise.id);
  });

  const ids = {
    enterprises: new Set(tables.enterprises.map((record) => record.id)),
    parks: new Set(tables.parks.map((record) => record.id)),
  };
  for (const reference of references) {
    (tables[reference.table] as StoredRecord[]).forEach((record, index) => {
      const target = referencedId(reference, record);
      if (!ids[reference.target].has(target)) {
        const targetLabel = contentTableLabels[reference.target];
        problems.add(recordWhere(reference.table, index, record.id, [reference.field]), {
          zh: `引用的${targetLabel.zh} ${target} 不在备份中`,
          en: `refers to ${targetLabel.en.toLowerCase()} ${target}, which is not in the backup`,
        });
      }
    });
  }
}

function checkHistory(history: BackupHistory, problems: ProblemList): void {
  const seqs = new Set<number>();
  history.changeSets.forEach((changeSet, index) => {
    if (seqs.has(changeSet.seq)) {
      problems.add(recordWhere('changeSets', index, changeSet.seq), {
        zh: '修改历史序号重复',
        en: 'duplicate change set number',
      });
    }
    seqs.add(changeSet.seq);
  });
  history.changeParts.forEach((part, index) => {
    if (!seqs.has(part.changeSetSeq)) {
      problems.add(recordWhere('changeParts', index, part.changeSetSeq), {
        zh: `修改明细属于不存在的修改历史 ${part.changeSetSeq}`,
        en: `belongs to change set ${part.changeSetSeq}, which is not in the backup`,
      });
    }
  });
}

const v1ReportSchema = revenueReportSchema;

function parseTables(
  version: number,
  raw: Record<string, unknown>,
  problems: ProblemList,
): StoredTables | undefined {
  if (version === 1) {
    const v1: Partial<StoredTablesV1> = {};
    let complete = true;
    for (const table of contentTables) {
      if (table === 'reportYears') continue;
      const rows = parseRows(table, raw[table], storedSchemaOf(table), problems);
      if (rows === undefined) complete = false;
      else (v1 as Record<string, unknown>)[table] = rows;
    }
    const reports = parseRows('reports', raw.reports, v1ReportSchema, problems);
    if (!complete || reports === undefined) return undefined;
    return migrateV1ToV2({ ...(v1 as Omit<StoredTablesV1, 'reports'>), reports });
  }
  const tables: Partial<StoredTables> = {};
  let complete = true;
  for (const table of contentTables) {
    const rows = parseRows(table, raw[table], storedSchemaOf(table), problems);
    if (rows === undefined) complete = false;
    else (tables as Record<string, unknown>)[table] = rows;
  }
  return complete ? (tables as StoredTables) : undefined;
}

function countsOf(tables: StoredTables, history: BackupHistory): BackupCounts {
  const counts: BackupCounts = { changeSets: history.changeSets.length };
  for (const table of contentTables) counts[table] = tables[table].length;
  return counts;
}

const envelopeSchema = z.object({
  format: z.literal(backupFormatName),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: z.record(z.string(), z.unknown()),
  history: z.record(z.string(), z.unknown()).optional(),
});

function refused(problems: ProblemList, extra: Partial<BackupReport> = {}): BackupReading {
  return {
    ok: false,
    report: {
      summary: {
        zh: `备份文件有 ${problems.count} 处问题，未做任何恢复，当前台账保持不变。`,
        en: `The backup has ${problems.count} problem(s); nothing was restored and the registry is unchanged.`,
      },
      counts: {},
      problems: problems.problems,
      problemCount: problems.count,
      ...extra,
    },
  };
}

/** Validates a parsed backup document and migrates it to the current schema version. */
export function validateBackup(document: unknown): BackupReading {
  const problems = new ProblemList();
  const envelope = envelopeSchema.safeParse(document);
  if (!envelope.success) {
    const formatIssue = envelope.error.issues.some((issue) => issue.path[0] === 'format');
    problems.add(
      nowhere,
      formatIssue
        ? {
            zh: '这不是园区台账的备份文件（缺少 format: "park-ledger-backup"）。请选择由“导出备份”生成的 .json 文件。',
            en: 'This is not a Park Ledger backup (format "park-ledger-backup" is missing). Choose a .json file made by "Export backup".',
          }
        : {
            zh: `备份文件的头部信息不完整：${envelope.error.issues.map((issue) => issue.path.join('.')).join('、')}`,
            en: `The backup's header is incomplete: ${envelope.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
          },
    );
    return refused(problems);
  }
  const { schemaVersion, exportedAt } = envelope.data;
  if (schemaVersion > currentSchemaVersion) {
    problems.add(nowhere, {
      zh: `备份来自更新版本的园区台账（数据版本 ${schemaVersion}，本软件为 ${currentSchemaVersion}）。请先升级软件再恢复。`,
      en: `The backup comes from a newer Park Ledger (data version ${schemaVersion}, this one reads up to ${currentSchemaVersion}). Update the app, then restore.`,
    });
    return refused(problems, { schemaVersion, exportedAt });
  }
  const tables = parseTables(schemaVersion, envelope.data.tables, problems);
  const rawHistory = envelope.data.history ?? { changeSets: [], changeParts: [] };
  const changeSets = parseRows(
    'changeSets',
    rawHistory.changeSets ?? [],
    changeSetSchema,
    problems,
  );
  const changeParts = parseRows(
    'changeParts',
    rawHistory.changeParts ?? [],
    changePartSchema,
    problems,
  );
  if (tables === undefined || changeSets === undefined || changeParts === undefined) {
    return refused(problems, { schemaVersion, exportedAt });
  }
  const history = { changeSets, changeParts };
  checkTables(tables, problems);
  checkHistory(history, problems);
  const counts = countsOf(tables, history);
  if (problems.count > 0) return refused(problems, { schemaVersion, exportedAt, counts });
  return {
    ok: true,
    backup: {
      format: backupFormatName,
      schemaVersion: currentSchemaVersion,
      exportedAt,
      tables,
      history,
    },
    report: {
      summary: {
        zh: `备份导出于 ${exportedAt.slice(0, 16).replace('T', ' ')}：${counts.parks ?? 0} 个园区、${counts.enterprises ?? 0} 家企业、${counts.reportYears ?? 0} 条年度报表记录、${counts.changeSets ?? 0} 次修改历史。`,
        en: `Backup exported ${exportedAt.slice(0, 16).replace('T', ' ')}: ${counts.parks ?? 0} parks, ${counts.enterprises ?? 0} enterprises, ${counts.reportYears ?? 0} report-year records, ${counts.changeSets ?? 0} change sets.`,
      },
      schemaVersion,
      exportedAt,
      counts,
      problems: [],
      problemCount: 0,
    },
  };
}

/** Reads a backup file's text: JSON first, then validateBackup. */
export function readBackupText(text: string): BackupReading {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const problems = new ProblemList();
    const detail = error instanceof Error ? error.message : String(error);
    problems.add(nowhere, {
      zh: `文件不是完整的 JSON（${detail}）。文件可能已损坏或未保存完整，请换一份备份。`,
      en: `The file is not complete JSON (${detail}). It may be damaged or cut short; choose another backup.`,
    });
    return refused(problems);
  }
  return validateBackup(document);
}
