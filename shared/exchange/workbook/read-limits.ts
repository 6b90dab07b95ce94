/**
 * How much a workbook may hold before reading it is refused. A park's or the office's real
 * workbooks stay far below these (20,000 enterprises are 20,000 rows); what goes beyond is a
 * mistake (a sheet formatted down to row 1,048,576) or a hostile file (a zip bomb), and reading
 * it would freeze or crash the app.
 */
export interface ReadLimits {
  /** Size of the file as chosen. */
  readonly maxFileBytes: number;
  /** Sum of the uncompressed sizes of the parts of a zip-based workbook (.xlsx, .ods). */
  readonly maxUncompressedBytes: number;
  /** Rows of one sheet, counted from row 1 (title rows included), as declared or found. */
  readonly maxRows: number;
  /** Columns of one sheet, counted from column A, as declared or found. */
  readonly maxColumns: number;
}

export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 1_000,
};
