/**
 * ag-grid drawn by ag-grid itself (createGrid) inside a React element, for a grid of tens of
 * thousands of rows: AgGridReact renders every row and cell as React components, and at the
 * enterprises grid's 17,000 rows that reconciliation was a good part of opening it and of each
 * quick-search keystroke. Same theme, texts and empty message as DataGrid; options that change
 * after it is made are handed to it as changes (as AgGridReact does), but a language switch makes
 * it again (use-grid-language.ts). Cell renderers must be plain ones (an element), not React
 * components.
 */
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { gridTexts } from './DataGrid';
import { baseGridOptions } from './grid-theme';
import { useGridLanguage } from './use-grid-language';

export interface PlainGridProps<Row> {
  readonly options: GridOptions<Row>;
  /** Shown in the grid when there are no rows. */
  readonly emptyMessage?: string;
  readonly height?: number | string;
}

export function PlainGrid<Row>({ options, emptyMessage, height = '100%' }: PlainGridProps<Row>) {
  const container = useRef<HTMLDivElement>(null);
  const api = useRef<GridApi<Row> | null>(null);
  const given = useRef<GridOptions<Row> | null>(null);
  const madeIn = useRef<string | null>(null);
  const made = useGridLanguage(api);

  // Made before the first paint, as AgGridReact makes its grid; again only for another language:
  // other later options are changes.
  useLayoutEffect(() => {
    const element = container.current;
    if (element === null || (api.current !== null && madeIn.current === made.language)) return;
    api.current?.destroy();
    given.current = options;
    madeIn.current = made.language;
    api.current = createGrid(element, {
      ...baseGridOptions,
      ...gridTexts(made.language, emptyMessage),
      ...options,
      ...(made.state === undefined ? {} : { initialState: made.state }),
    });
  });

  useEffect(() => {
    const grid = api.current;
    const before = given.current;
    if (grid === null || before === null || before === options) return;
    const changed = Object.fromEntries(
      Object.entries(options).filter(([key, value]) => before[key as keyof GridOptions] !== value),
    );
    given.current = options;
    grid.updateGridOptions(changed);
  }, [options]);

  useEffect(
    () => () => {
      api.current?.destroy();
      api.current = null;
    },
    [],
  );

  return <div ref={container} className="data-grid" style={{ height }} />;
}
