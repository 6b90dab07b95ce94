/**
 * Why a file could not be read at all, as one of five codes the CLI prints and the UI explains.
 * Each message says what is wrong with this file and what the user can do about it.
 */
import { localized, type LocalizedText } from '../../text/localized-text';

export const importErrorCodes = [
  'encrypted',
  'corrupt',
  'unsupported',
  'too_large',
  'empty',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: LocalizedText;
}

const resaveHint = localized(
  '可在 Excel 或 WPS 中打开后另存为 .xlsx，再导入',
  'You can open it in Excel or WPS, save it as .xlsx and import that',
);

export function encryptedError(): ImportError {
  return {
    code: 'encrypted',
    message: localized(
      '文件已加密（设置了打开密码），无法读取：请在 Excel/WPS 中用密码打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再导入',
      'The file is password-protected and cannot be read: open it in Excel/WPS with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import again',
    ),
  };
}

/** `detail` says what was found broken, e.g. "the zip directory is missing". */
export function corruptError(detail: LocalizedText): ImportError {
  return {
    code: 'corrupt',
    message: localized(
      `文件已损坏或不完整（${detail.zh}）：请重新下载或向发送方索取原文件；${resaveHint.zh}`,
      `The file is damaged or incomplete (${detail.en}): download it again or ask the sender for the original. ${resaveHint.en}`,
    ),
  };
}

/** `what` names what the file actually is: "a PDF document", "a PNG image". */
export function unsupportedError(what: LocalizedText): ImportError {
  return {
    code: 'unsupported',
    message: localized(
      `文件内容是${what.zh}，不是电子表格：请导入 Excel（.xlsx/.xls）、WPS、OpenDocument（.ods）、CSV 或网页导出的表格文件`,
      `The file is ${what.en}, not a spreadsheet: import an Excel (.xlsx/.xls), WPS, OpenDocument (.ods) or CSV file, or a table exported from a web system`,
    ),
  };
}

const integer = new Intl.NumberFormat('en-US');
const megabytes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Sizes in MB (MiB, as file managers show them), to a tenth. */
function inMegabytes(bytes: number): string {
  return megabytes.format(bytes / 1024 / 1024);
}

export function fileTooLargeError(sizeBytes: number, limitBytes: number): ImportError {
  return {
    code: 'too_large',
    message: localized(
      `文件有 ${inMegabytes(sizeBytes)} MB，超过上限 ${inMegabytes(limitBytes)} MB：请删除不需要的工作表、图片或把数据拆成几个文件后再导入`,
      `The file is ${inMegabytes(sizeBytes)} MB, over the limit of ${inMegabytes(limitBytes)} MB: remove sheets or pictures you do not need, or split the data into several files`,
    ),
  };
}

/** A zip-based workbook whose parts would inflate past the limit (a "zip bomb" or a huge sheet). */
export function uncompressedTooLargeError(declaredBytes: number, limitBytes: number): ImportError {
  return {
    code: 'too_large',
    message: localized(
      `文件解压后有 ${inMegabytes(declaredBytes)} MB，超过上限 ${inMegabytes(limitBytes)} MB（文件可能异常，或表格过大）：请确认文件来源；如是正常数据，请拆成几个文件后再导入`,
      `The file unpacks to ${inMegabytes(declaredBytes)} MB, over the limit of ${inMegabytes(limitBytes)} MB (it may be malformed, or the table is too large): check where it came from; if the data is genuine, split it into several files`,
    ),
  };
}

export function sheetTooLargeError(
  sheetName: string,
  dimension: 'rows' | 'columns',
  declared: number,
  limit: number,
): ImportError {
  const [zhUnit, enUnit] = dimension === 'rows' ? ['行', 'rows'] : ['列', 'columns'];
  const fix =
    dimension === 'rows'
      ? localized(
          '请删除表格下方多余的空行（选中这些行 → 删除）后另存，或把数据拆成几个文件',
          'delete the unused rows below the table (select them → Delete) and save, or split the data into several files',
        )
      : localized(
          '请删除表格右侧多余的空列（选中这些列 → 删除）后另存',
          'delete the unused columns to the right of the table (select them → Delete) and save',
        );
  return {
    code: 'too_large',
    message: localized(
      `工作表“${sheetName}”有 ${integer.format(declared)} ${zhUnit}，超过上限 ${integer.format(limit)} ${zhUnit}：${fix.zh}`,
      `Sheet "${sheetName}" has ${integer.format(declared)} ${enUnit}, over the limit of ${integer.format(limit)}: ${fix.en}`,
    ),
  };
}

export function emptyFileError(): ImportError {
  return {
    code: 'empty',
    message: localized(
      '文件是空的（0 字节）：请确认选择了正确的文件，或重新下载',
      'The file is empty (0 bytes): check that you chose the right file, or download it again',
    ),
  };
}

export function noDataError(): ImportError {
  return {
    code: 'empty',
    message: localized(
      '文件中没有任何数据：所有工作表都是空的。请确认选择了正确的文件',
      'The file holds no data: every sheet is empty. Check that you chose the right file',
    ),
  };
}
