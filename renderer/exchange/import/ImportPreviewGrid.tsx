import type {
  CellClassParams,
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  ValueGetterParams,
} from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { importField } from '../../../shared/exchange/mapping/import-fields';
import type { ImportIssue } from '../../../shared/exchange/validation/import-issue';
import { languageOf } from '../../app/format-figure';
import { DataGrid } from '../../grid/DataGrid';
import type { PreviewRow, SheetPreview } from './import-session';

interface Props {
  readonly sheet: SheetPreview;
  readonly onEdit: (rowNumber: number, columnIndex: number, text: string) => void;
  readonly onExclude: (rowNumber: number, excluded: boolean) => void;
}

const rowIdOf = (params: GetRowIdParams<PreviewRow>) => String(params.data.rowNumber);

function issuesAt(row: PreviewRow | undefined, letter: string): ImportIssue[] {
  return row?.issues.filter((issue) => issue.columnLetter === letter) ?? [];
}

/** The sheet's rows as read, with each problem marked on its cell, editable in place. */
export function ImportPreviewGrid({ sheet, onEdit, onExclude }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);

  const columns = useMemo((): ColDef<PreviewRow>[] => {
    const dataColumns = sheet.columns.map((column, position): ColDef<PreviewRow> => {
      const fieldLabel = column.field === null ? null : importField(column.field).label[language];
      return {
        colId: `c${String(column.columnIndex)}`,
        headerName: `${column.letter} ${column.header}`,
        headerTooltip: fieldLabel ?? t('exchangeImport.mapping.none'),
        editable: (params) => params.data?.excluded !== true,
        width: column.field === 'enterpriseName' ? 220 : column.field === 'creditCode' ? 190 : 130,
        valueGetter: (params: ValueGetterParams<PreviewRow>) => params.data?.cells[position] ?? '',
        cellClassRules: {
          'cell-error': (params: CellClassParams<PreviewRow>) =>
            issuesAt(params.data, column.letter).some((issue) => issue.severity === 'error'),
          'cell-warning': (params: CellClassParams<PreviewRow>) =>
            issuesAt(params.data, column.letter).some((issue) => issue.severity === 'warning'),
          'cell-edited': (params: CellClassParams<PreviewRow>) =>
            params.data?.edited.includes(column.columnIndex) === true,
          'cell-unmapped': () => column.field === null,
        },
        tooltip: (params) => {
          const issues = issuesAt(params.data, column.letter);
          return issues.length === 0
            ? undefined
            : issues.map((issue) => issue.message[language]).join('\n');
        },
      };
    });
    return [
      {
        colId: 'row',
        headerName: t('exchangeImport.grid.row'),
        pinned: 'left',
        width: 70,
        valueGetter: (params: ValueGetterParams<PreviewRow>) => params.data?.rowNumber,
      },
      {
        colId: 'excluded',
        headerName: t('exchangeImport.grid.exclude'),
        pinned: 'left',
        width: 80,
        editable: true,
        cellDataType: 'boolean',
        valueGetter: (params: ValueGetterParams<PreviewRow>) => params.data?.excluded ?? false,
      },
      {
        colId: 'issues',
        headerName: t('exchangeImport.grid.issues'),
        pinned: 'left',
        width: 260,
        valueGetter: (params: ValueGetterParams<PreviewRow>) =>
          params.data?.issues.map((issue) => issue.message[language]).join('；') ?? '',
        tooltip: (params) => (typeof params.value === 'string' ? params.value : ''),
        cellClassRules: {
          'cell-error': (params: CellClassParams<PreviewRow>) => params.data?.blocked === true,
          'cell-warning': (params: CellClassParams<PreviewRow>) =>
            params.data?.blocked === false && params.data.issues.length > 0,
        },
      },
      ...dataColumns,
    ];
  }, [sheet.columns, t, language]);

  const onCellEditRequest = (event: CellEditRequestEvent<PreviewRow>) => {
    const row = event.data;
    const colId = event.column.getColId();
    if (colId === 'excluded') {
      onExclude(row.rowNumber, event.newValue === true);
      return;
    }
    const columnIndex = Number(colId.slice(1));
    const text = typeof event.newValue === 'string' ? event.newValue : String(event.newValue ?? '');
    onEdit(row.rowNumber, columnIndex, text);
  };

  return (
    <div className="import-grid">
      <DataGrid<PreviewRow>
        rowData={sheet.rows as PreviewRow[]}
        columnDefs={columns}
        getRowId={rowIdOf}
        readOnlyEdit
        // A fix typed in a cell is kept when the user clicks elsewhere (the language switch, which
        // makes the grid again, among them), as in the other editable grids.
        stopEditingWhenCellsLoseFocus
        onCellEditRequest={onCellEditRequest}
        rowClassRules={{ 'row-excluded': (params) => params.data?.excluded === true }}
        tooltipShowDelay={300}
        emptyMessage={t('exchangeImport.grid.empty')}
        height={Math.min(520, 80 + sheet.rows.length * 36)}
      />
    </div>
  );
}
