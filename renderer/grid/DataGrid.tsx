/**
 * The one ag-grid wrapper: our theme, no web fonts, ag-grid's own texts in the user's
 * language, and an empty-state message of the caller's choosing. ag-grid takes its own texts
 * only when it is made, so a language switch makes the grid again, in the state the user left it
 * (sort, filters, columns, selection, scroll).
 */
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import type { GridApi, GridState } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { baseGridOptions } from './grid-theme';

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
  const { i18n } = useTranslation();
  // The grid's latest state, kept for the grid a language switch makes, which starts from it.
  const latest = useRef<GridState | undefined>(undefined);
  const api = useRef<GridApi<Row> | null>(null);
  const [made, setMade] = useState<{ language: string; state: GridState | undefined }>(() => ({
    language: i18n.language,
    state: undefined,
  }));
  useEffect(() => {
    const remake = (language: string) => {
      // An edit still open, or stopped by the click on the language switch, reaches its handler
      // only on a later task (ag-grid's events are asynchronous): the old grid lives until then.
      api.current?.stopEditing();
      window.setTimeout(() => {
        setMade({ language, state: latest.current });
      }, 0);
    };
    i18n.on('languageChanged', remake);
    return () => {
      i18n.off('languageChanged', remake);
    };
  }, [i18n]);
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
        onStateUpdated={(event) => {
          latest.current = event.state;
          props.onStateUpdated?.(event);
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
