/**
 * The 园区台账交换表's format version: raised whenever a sheet, column or the meta table changes
 * meaning, so an older app refuses a newer workbook instead of misreading it. A returned
 * workbook of an older version is compared over that version's columns (exchangeSheets).
 *
 * 1: the seven record sheets. 2: 企业 gains 数字文化小类 and 企业标签, 园区 gains 此前认定, and
 * 培育里程碑 lists each plan's milestones, a row each.
 */
export const exchangeFormatVersion = 2;

/** The format's name, written in the meta sheet and the document title. */
export const exchangeFormatName = '园区台账交换表';
