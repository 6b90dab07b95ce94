/**
 * The very-hidden sheet that makes a workbook a 园区台账交换表: the format version, which
 * export and installation it came from, when, for which scope and period, and per record its
 * sheet, id, version and content hash — the baseline a returned workbook is compared with.
 * Written as key/value rows, a blank row, then a table; read back from the import's
 * ParsedWorkbook, with a clear reason when anything is missing or malformed.
 */
import { isPeriod, type Period } from '../../periods/period';
import { localized, type LocalizedText } from '../../text/localized-text';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import { cellText, isBlankRow, type SheetGrid } from '../workbook/sheet-grid';
import type { ExchangeScope } from './exchange-records';
import { exchangeFormatName, exchangeFormatVersion } from './format-version';
import { neutraliseText } from './formula-guard';
import type { CellSpec, RowSpec, SheetSpec } from './workbook-spec';
import { textFormat } from './workbook-spec';

export const exchangeMetaSheetName = '_meta';

export interface ExchangeRecordStamp {
  /** The sheet the record's row is on (园区, 企业, …). */
  readonly sheet: string;
  readonly recordId: string;
  readonly version: number;
  readonly contentHash: string;
  /**
   * recordFieldHashes of the record's values; absent in a file written before they were kept,
   * where a record changed on both sides is compared by its whole hash.
   */
  readonly fieldHashes?: string;
  /** Excel row number of the record's row as exported (rows may be sorted since). */
  readonly rowNumber: number;
}

export interface ExchangeMeta {
  readonly formatVersion: number;
  readonly exportId: string;
  readonly installationId: string;
  /** ISO 8601 timestamp. */
  readonly exportedAt: string;
  readonly scope: ExchangeScope;
  readonly period: Period | null;
  readonly records: readonly ExchangeRecordStamp[];
}

const keys = {
  workbook: 'workbook',
  formatVersion: 'formatVersion',
  exportId: 'exportId',
  installationId: 'installationId',
  exportedAt: 'exportedAt',
  scope: 'scope',
  period: 'period',
} as const;

const tableHeader = [
  'sheet',
  'recordId',
  'version',
  'contentHash',
  'rowNumber',
  'fieldHashes',
] as const;

/** "registry" or "parks:<id>,<id>": ids are the registry's, which hold no comma. */
export function scopeText(scope: ExchangeScope): string {
  return scope.kind === 'registry' ? 'registry' : `parks:${scope.parkIds.join(',')}`;
}

function parseScope(text: string): ExchangeScope | null {
  if (text === 'registry') return { kind: 'registry' };
  if (!text.startsWith('parks:')) return null;
  const parkIds = text
    .slice('parks:'.length)
    .split(',')
    .filter((id) => id !== '');
  return parkIds.length === 0 ? null : { kind: 'parks', parkIds };
}

function text(value: string): CellSpec {
  return value === '' ? null : neutraliseText(value);
}

function number(value: number): CellSpec {
  return { kind: 'number', value };
}

export function exchangeMetaSheet(meta: ExchangeMeta): SheetSpec {
  const pair = (key: string, value: CellSpec): RowSpec => ({
    style: 'data',
    cells: [text(key), value],
  });
  const rows: RowSpec[] = [
    pair(keys.workbook, text(exchangeFormatName)),
    pair(keys.formatVersion, number(meta.formatVersion)),
    pair(keys.exportId, text(meta.exportId)),
    pair(keys.installationId, text(meta.installationId)),
    pair(keys.exportedAt, text(meta.exportedAt)),
    pair(keys.scope, text(scopeText(meta.scope))),
    pair(keys.period, text(meta.period ?? '')),
    { style: 'data', cells: [] },
    { style: 'header', cells: tableHeader.map(text) },
    ...meta.records.map((record): RowSpec => ({
      style: 'data',
      cells: [
        text(record.sheet),
        text(record.recordId),
        number(record.version),
        text(record.contentHash),
        number(record.rowNumber),
        text(record.fieldHashes ?? ''),
      ],
    })),
  ];
  return {
    name: exchangeMetaSheetName,
    visibility: 'very-hidden',
    columns: [
      { width: 16, numberFormat: textFormat },
      // Keys' values mix text and the version number.
      { width: 28 },
      { width: 8 },
      { width: 18, numberFormat: textFormat },
      { width: 8 },
      { width: 24, numberFormat: textFormat },
    ],
    rows,
    frozenRows: 0,
    merges: [],
    validations: [],
  };
}

export type ExchangeMetaErrorCode =
  'not-exchange-workbook' | 'newer-format' | 'missing-key' | 'bad-value' | 'bad-record-row';

export interface ExchangeMetaError {
  readonly code: ExchangeMetaErrorCode;
  readonly message: LocalizedText;
}

export type ReadExchangeMetaResult =
  | { readonly ok: true; readonly meta: ExchangeMeta }
  | { readonly ok: false; readonly error: ExchangeMetaError };

function failure(code: ExchangeMetaErrorCode, zh: string, en: string): ReadExchangeMetaResult {
  return { ok: false, error: { code, message: localized(zh, en) } };
}

const where = localized(
  `隐藏工作表“${exchangeMetaSheetName}”`,
  `the hidden sheet "${exchangeMetaSheetName}"`,
);

function badValue(key: string, value: string, expected: LocalizedText): ReadExchangeMetaResult {
  return failure(
    'bad-value',
    `${where.zh}中 ${key} 的值“${value}”无效，应为${expected.zh}：该文件可能被改动过，请使用原导出文件`,
    `In ${where.en}, ${key} is "${value}", expected ${expected.en}: the file may have been altered; use the file as exported`,
  );
}

function positiveInteger(value: string): number | null {
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

function readStamp(
  grid: SheetGrid,
  index: number,
): ExchangeRecordStamp | { readonly problem: LocalizedText } {
  const [
    sheet = '',
    recordId = '',
    version = '',
    contentHash = '',
    rowNumber = '',
    fieldHashes = '',
  ] = (grid.rows[index] ?? []).map(cellText);
  const versionNumber = positiveInteger(version);
  const row = positiveInteger(rowNumber);
  if (sheet === '' || recordId === '') {
    return { problem: localized('缺少工作表名或记录ID', 'the sheet name or record id is missing') };
  }
  if (versionNumber === null) {
    return {
      problem: localized(
        `版本“${version}”不是正整数`,
        `version "${version}" is not a positive integer`,
      ),
    };
  }
  if (!/^[0-9a-f]{16}$/.test(contentHash)) {
    return {
      problem: localized(
        `内容指纹“${contentHash}”无效`,
        `content hash "${contentHash}" is invalid`,
      ),
    };
  }
  if (row === null) {
    return {
      problem: localized(
        `行号“${rowNumber}”不是正整数`,
        `row number "${rowNumber}" is not a positive integer`,
      ),
    };
  }
  if (!/^[0-9a-f]*$/.test(fieldHashes)) {
    return {
      problem: localized(
        `字段指纹“${fieldHashes}”无效`,
        `field hashes "${fieldHashes}" are invalid`,
      ),
    };
  }
  return {
    sheet,
    recordId,
    version: versionNumber,
    contentHash,
    rowNumber: row,
    ...(fieldHashes === '' ? {} : { fieldHashes }),
  };
}

/**
 * Reads the meta sheet of a workbook we exported. Never throws: a workbook without it is "not
 * an exchange workbook" (the caller then imports it as any other workbook), and a damaged one
 * says which key or row is wrong.
 */
export function readExchangeMeta(workbook: ParsedWorkbook): ReadExchangeMetaResult {
  const grid = workbook.sheets.find((sheet) => sheet.name === exchangeMetaSheetName);
  if (grid === undefined || cellText(grid.rows[0]?.[1]) !== exchangeFormatName) {
    return failure(
      'not-exchange-workbook',
      `“${workbook.fileName}”不是本软件导出的${exchangeFormatName}（没有${where.zh}）：将按普通工作簿导入`,
      `"${workbook.fileName}" is not an exchange workbook exported by this app (${where.en} is missing): it is imported as any other workbook`,
    );
  }
  const values = new Map<string, string>();
  let index = 0;
  for (; index < grid.rows.length && !isBlankRow(grid.rows[index]); index += 1) {
    const row = grid.rows[index] ?? [];
    values.set(cellText(row[0]), cellText(row[1]));
  }
  for (const key of Object.values(keys)) {
    if (!values.has(key)) {
      return failure(
        'missing-key',
        `${where.zh}缺少 ${key}：该文件可能被改动过，请使用原导出文件`,
        `${where.en} lacks ${key}: the file may have been altered; use the file as exported`,
      );
    }
  }
  const get = (key: string) => values.get(key) ?? '';
  const formatVersion = positiveInteger(get(keys.formatVersion));
  if (formatVersion === null) {
    return badValue(
      keys.formatVersion,
      get(keys.formatVersion),
      localized('正整数', 'a positive integer'),
    );
  }
  if (formatVersion > exchangeFormatVersion) {
    return failure(
      'newer-format',
      `该交换表的格式版本为 ${String(formatVersion)}，本软件只支持到 ${String(exchangeFormatVersion)}：请升级园区台账后再导入`,
      `The workbook's format version is ${String(formatVersion)}; this app reads up to ${String(exchangeFormatVersion)}: update Park Ledger, then import it`,
    );
  }
  const scope = parseScope(get(keys.scope));
  if (scope === null) {
    return badValue(
      keys.scope,
      get(keys.scope),
      localized('registry 或 parks:<id>', 'registry or parks:<id>'),
    );
  }
  const periodValue = get(keys.period);
  if (periodValue !== '' && !isPeriod(periodValue)) {
    return badValue(keys.period, periodValue, localized('YYYY-MM 或空', 'YYYY-MM or blank'));
  }
  if (Number.isNaN(Date.parse(get(keys.exportedAt)))) {
    return badValue(
      keys.exportedAt,
      get(keys.exportedAt),
      localized('ISO 时间', 'an ISO timestamp'),
    );
  }
  // Skip the blank row and the table's header.
  const firstRecordIndex = index + 2;
  const records: ExchangeRecordStamp[] = [];
  for (let rowIndex = firstRecordIndex; rowIndex < grid.rows.length; rowIndex += 1) {
    if (isBlankRow(grid.rows[rowIndex])) continue;
    const stamp = readStamp(grid, rowIndex);
    if ('problem' in stamp) {
      return failure(
        'bad-record-row',
        `${where.zh}第 ${String(rowIndex + 1)} 行：${stamp.problem.zh}。该文件可能被改动过，请使用原导出文件`,
        `${where.en}, row ${String(rowIndex + 1)}: ${stamp.problem.en}. The file may have been altered; use the file as exported`,
      );
    }
    records.push(stamp);
  }
  return {
    ok: true,
    meta: {
      formatVersion,
      exportId: get(keys.exportId),
      installationId: get(keys.installationId),
      exportedAt: get(keys.exportedAt),
      scope,
      period: periodValue === '' ? null : periodValue,
      records,
    },
  };
}
