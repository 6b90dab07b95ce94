/**
 * The one ag-grid wrapper: our theme, no web fonts, ag-grid's own texts in the user's
 * language (a switch makes the grid again: use-grid-language.ts), and an empty-state message of
 * the caller's choosing.
 */
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import type { GridApi } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { AgGridReact } from 'ag-grid-react';
import { useRef, type Ref } from 'react';
import { baseGridOptions } from './grid-theme';
import { useGridLanguage } from './use-grid-language';

export type DataGridProps<Row> = AgGridReactProps<Row> & {
  readonly gridRef?: Ref<AgGridReact<Row>>;
  /** Shown in the grid when there are no rows. */
  readonly emptyMessage?: string;
  readonly height?: number | string;
};

export function DataGrid<Row>({
  gridRef,
  emptyMessage,
  height = '100%',
  ...props
}: DataGridProps<Row>) {
  const api = useRef<GridApi<Row> | null>(null);
  const made = useGridLanguage(api);
  return (
    <div className="data-grid" style={{ height }}>
      <AgGridReact<Row>
        key={made.language}
        ref={gridRef}
        {...baseGridOptions}
        {...gridTexts(made.language, emptyMessage)}
        {...(made.state === undefined ? {} : { initialState: made.state })}
        {...props}
        onGridReady={(event) => {
          api.current = event.api;
          props.onGridReady?.(event);
        }}
      />
    </div>
  );
}

/** ag-grid's own texts in the user's language, and the empty-state message as its overlay. */
export function gridTexts(
  language: string,
  emptyMessage: string | undefined,
): { localeText: Record<string, string>; overlayNoRowsTemplate: string | undefined } {
  return {
    localeText: language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN,
    overlayNoRowsTemplate:
      emptyMessage === undefined
        ? undefined
        : `<span class="grid-empty">${escapeHtml(emptyMessage)}</span>`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
