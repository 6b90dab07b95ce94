import type { GetRowIdParams } from 'ag-grid-community';

/**
 * The row id of a grid showing registry records: the record's own id, so ag-grid keeps a row
 * (its selection, focus, an edit under way) when the records are read again. A module function,
 * not a literal in the JSX: a new function on each render makes ag-grid re-apply its options.
 */
export function recordRowId<Row extends { readonly id: string }>(
  params: GetRowIdParams<Row>,
): string {
  return params.data.id;
}
