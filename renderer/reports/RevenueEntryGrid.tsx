/**
 * The 营收填报 grid: one row per tenant, the period's figures editable like a spreadsheet.
 * Typing starts an edit, Enter saves and moves down, Tab moves right. Edits never change the
 * grid's rows directly (readOnlyEdit): each goes to the page, which saves it through the
 * registry, and the rows come back from the live query. ag-grid Community has no clipboard
 * module, so a paste is read here from the browser's paste event.
 */
import type {
  CellClassParams,
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  SuppressKeyboardEventParams,
  ValueFormatterParams,
  ValueGetterParams,
} from 'ag-grid-community';
import { useEffect, useMemo, useRef, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel, type Period } from '../../shared/periods/period';
import { figureDisplayText, figureEntryText } from '../../shared/reports/report-figure-text';
import { reportFigureFields, type ReportFigureField } from '../../shared/reports/revenue-report';
import { languageOf } from '../app/format-figure';
import { DataGrid } from '../grid/DataGrid';
import { parseClipboardTable } from './clipboard-table';
import type { CellEdit, CellRejection } from './report-edits';
import type { RevenueEntryRow } from './revenue-entry-rows';

/** Rejected cells by `cellKey`: what was typed stays visible, marked, until corrected. */
export type Rejections = ReadonlyMap<string, CellRejection>;

export function cellKey(enterpriseId: string, field: ReportFigureField): string {
  return `${enterpriseId}|${field}`;
}

export interface PasteResult {
  readonly edits: readonly CellEdit[];
  /** Pasted cells that fell below the last row, past the last column or on a read-only column. */
  readonly outside: number;
}

const figureColumnKeys: Readonly<Record<ReportFigureField, string>> = {
  revenueYuan: 'revenue',
  priorYearRevenueYuan: 'priorYear',
  yoyGrowthReportedPercent: 'yoy',
  profitYuan: 'profit',
  taxYuan: 'tax',
  employeesAtPeriodEnd: 'employees',
};

/**
 * Tab while typing saves the cell and moves right without opening the next one, as in Excel:
 * what is typed next replaces that cell's figure instead of being appended to it.
 */
function tabLikeExcel(params: SuppressKeyboardEventParams<RevenueEntryRow>): boolean {
  const { event, editing, api } = params;
  if (!editing || event.key !== 'Tab' || event.type !== 'keydown') return false;
  event.preventDefault();
  api.stopEditing();
  if (event.shiftKey) api.tabToPreviousCell();
  else api.tabToNextCell();
  return true;
}

// Module constants, not literals in the JSX: a new object on each render makes ag-grid re-apply
// its columns, which throws away a cell being typed into while a save re-renders the page.
const defaultColumn: ColDef<RevenueEntryRow> = {
  wrapHeaderText: true,
  autoHeaderHeight: true,
  sortable: true,
};
const rowIdOf = (params: GetRowIdParams<RevenueEntryRow>) => params.data.enterpriseId;

function isFigureField(colId: string): colId is ReportFigureField {
  return (reportFigureFields as readonly string[]).includes(colId);
}

export interface RevenueEntryGridProps {
  readonly rows: readonly RevenueEntryRow[];
  readonly period: Period;
  readonly rejections: Rejections;
  readonly onEdits: (edits: readonly CellEdit[], kind: 'edit' | 'paste', outside: number) => void;
  readonly onPasteProblem: (problem: 'no-focus' | 'empty') => void;
  /** Receives the grid's API once ready, so the checks list can move focus to a cell. */
  readonly onApi?: (api: GridApi<RevenueEntryRow>) => void;
}

/** The edits a paste makes, from the focused cell rightwards and downwards. */
function pastedEdits(api: GridApi<RevenueEntryRow>, table: string[][]): PasteResult | null {
  const focused = api.getFocusedCell();
  if (focused === null) return null;
  const columns = api.getAllDisplayedColumns();
  const firstColumn = columns.findIndex(
    (column) => column.getColId() === focused.column.getColId(),
  );
  const edits: CellEdit[] = [];
  let outside = 0;
  table.forEach((cells, rowOffset) => {
    const row = api.getDisplayedRowAtIndex(focused.rowIndex + rowOffset)?.data;
    cells.forEach((text, columnOffset) => {
      const colId = columns[firstColumn + columnOffset]?.getColId() ?? '';
      if (row === undefined || !isFigureField(colId)) outside += 1;
      else edits.push({ enterpriseId: row.enterpriseId, field: colId, text });
    });
  });
  return { edits, outside };
}

export function RevenueEntryGrid({
  rows,
  period,
  rejections,
  onEdits,
  onPasteProblem,
  onApi,
}: RevenueEntryGridProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const api = useRef<GridApi<RevenueEntryRow> | null>(null);
  const rejectionsRef = useRef(rejections);
  // Read by the headers, so a new period relabels them without rebuilding the columns.
  const periodRef = useRef(period);

  useEffect(() => {
    rejectionsRef.current = rejections;
    api.current?.refreshCells({ force: true });
  }, [rejections]);

  useEffect(() => {
    periodRef.current = period;
    api.current?.refreshHeader();
  }, [period]);

  const columns = useMemo<ColDef<RevenueEntryRow>[]>(() => {
    const rejectionOf = (row: RevenueEntryRow | undefined, field: ReportFigureField) =>
      row === undefined ? undefined : rejectionsRef.current.get(cellKey(row.enterpriseId, field));
    const anomaliesOf = (row: RevenueEntryRow | undefined, field: ReportFigureField) =>
      row?.anomalies.filter((anomaly) => anomaly.field === field) ?? [];
    const figureColumn = (field: ReportFigureField): ColDef<RevenueEntryRow> => ({
      colId: field,
      headerValueGetter: () =>
        t(`revenueEntry.column.${figureColumnKeys[field]}` as 'revenueEntry.column.revenue', {
          period: periodLabel(periodRef.current)[language],
        }),
      editable: true,
      suppressKeyboardEvent: tabLikeExcel,
      type: 'rightAligned',
      width: field === 'revenueYuan' ? 150 : 124,
      valueGetter: (params: ValueGetterParams<RevenueEntryRow>) =>
        rejectionOf(params.data, field)?.text ??
        figureEntryText(field, params.data?.report?.[field]),
      valueFormatter: (params: ValueFormatterParams<RevenueEntryRow>) =>
        rejectionOf(params.data, field)?.text ??
        figureDisplayText(field, params.data?.report?.[field]),
      comparator: (_a, _b, nodeA, nodeB) =>
        (nodeA.data?.report?.[field] ?? -Infinity) - (nodeB.data?.report?.[field] ?? -Infinity),
      cellClassRules: {
        'cell-error': (params: CellClassParams<RevenueEntryRow>) =>
          rejectionOf(params.data, field) !== undefined,
        'cell-warning': (params: CellClassParams<RevenueEntryRow>) =>
          rejectionOf(params.data, field) === undefined &&
          anomaliesOf(params.data, field).length > 0,
      },
      tooltip: (params) => {
        const data: RevenueEntryRow | undefined = params.data;
        const rejection = rejectionOf(data, field);
        if (rejection !== undefined) return rejection.message[language];
        const messages = anomaliesOf(data, field).map((anomaly) => anomaly.message[language]);
        return messages.length === 0 ? undefined : messages.join('\n');
      },
    });
    return [
      {
        colId: 'name',
        field: 'name',
        headerName: t('revenueEntry.column.name'),
        pinned: 'left',
        width: 240,
        cellRenderer: (params: { data?: RevenueEntryRow; value?: string }) =>
          params.data?.demo === true ? (
            <span>
              {params.value} <span className="demo-badge">{t('revenueEntry.demo')}</span>
            </span>
          ) : (
            params.value
          ),
      },
      {
        colId: 'previous',
        headerName: t('revenueEntry.column.previous'),
        type: 'rightAligned',
        width: 124,
        // A cellClass replaces the one the rightAligned type brings, so it is named again.
        cellClass: 'cell-readonly ag-right-aligned-cell',
        valueGetter: (params: ValueGetterParams<RevenueEntryRow>) =>
          params.data?.previous?.revenueYuan,
        valueFormatter: (params: ValueFormatterParams<RevenueEntryRow, number>) =>
          figureDisplayText('revenueYuan', params.value ?? undefined),
      },
      ...reportFigureFields.map((field) => figureColumn(field)),
      {
        colId: 'creditCode',
        field: 'creditCode',
        headerName: t('revenueEntry.column.creditCode'),
        width: 190,
        cellClass: 'cell-readonly mono',
      },
    ];
  }, [t, language]);

  const onCellEditRequest = (event: CellEditRequestEvent<RevenueEntryRow>) => {
    const colId = event.column.getColId();
    if (!isFigureField(colId)) return;
    const text = typeof event.newValue === 'string' ? event.newValue : String(event.newValue ?? '');
    onEdits([{ enterpriseId: event.data.enterpriseId, field: colId, text }], 'edit', 0);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const grid = api.current;
    // While a cell is being edited, the paste belongs to its text box.
    if (grid === null || grid.getEditingCells().length > 0) return;
    event.preventDefault();
    const table = parseClipboardTable(event.clipboardData.getData('text/plain'));
    if (table.length === 0) {
      onPasteProblem('empty');
      return;
    }
    const pasted = pastedEdits(grid, table);
    if (pasted === null) onPasteProblem('no-focus');
    else onEdits(pasted.edits, 'paste', pasted.outside);
  };

  return (
    <div className="revenue-grid" onPasteCapture={onPaste}>
      <DataGrid<RevenueEntryRow>
        rowData={rows as RevenueEntryRow[]}
        columnDefs={columns}
        defaultColDef={defaultColumn}
        getRowId={rowIdOf}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={300}
        onGridReady={(event: GridReadyEvent<RevenueEntryRow>) => {
          api.current = event.api;
          onApi?.(event.api);
        }}
        height="100%"
      />
    </div>
  );
}
