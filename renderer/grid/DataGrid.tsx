/**
 * The one ag-grid wrapper: our theme, no web fonts, ag-grid's own texts in the user's
 * language, and an empty-state message of the caller's choosing. ag-grid takes its own texts
 * only when it is made, so a language switch makes the grid again (these grids are small: what
 * the user had sorted or filtered in one starts afresh).
 */
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import type { AgGridReactProps } from 'ag-grid-react';
import { AgGridReact } from 'ag-grid-react';
import type { Ref } from 'react';
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
  return (
    <div className="data-grid" style={{ height }}>
      <AgGridReact<Row>
        key={i18n.language}
        ref={gridRef}
        {...baseGridOptions}
        {...gridTexts(i18n.language, emptyMessage)}
        {...props}
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
