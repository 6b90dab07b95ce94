/**
 * The 园区台账交换表's format version: raised whenever a sheet, column or the meta table changes
 * meaning, so an older app refuses a newer workbook instead of misreading it.
 */
export const exchangeFormatVersion = 1;

/** The format's name, written in the meta sheet and the document title. */
export const exchangeFormatName = '园区台账交换表';
