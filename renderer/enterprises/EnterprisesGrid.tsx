/**
 * The enterprises grid: ~17,000 rows that stay smooth (ag-grid virtualises them), quick search by
 * name, credit code or 拼音 initials, column filters, sorting, and saved views.
 */
import type {
  ColDef,
  GridApi,
  GridOptions,
  GridReadyEvent,
  CellClassParams,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef,
  ValueFormatterParams,
} from 'ag-grid-community';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  enterpriseStatuses,
  enterpriseStatusLabels,
  enterpriseTagLabels,
} from '../../shared/enterprises/enterprise';
import {
  matchesQuickSearch,
  prepareQuickSearch,
  type QuickSearchQuery,
} from '../../shared/enterprises/quick-search';
import { periodLabel, periodYear, type Period } from '../../shared/periods/period';
import type { LocalizedText } from '../../shared/text/localized-text';
import { languageOf } from '../app/format-figure';
import { PlainGrid } from '../grid/PlainGrid';
import { SelectShownHeader, type SelectShownHeaderParams } from '../grid/select-shown-header';
import { recordRowId } from '../grid/row-ids';
import { numberCell, wanYuanCell, wanYuanFilterValue } from '../grid/grid-formatters';
import { GridToolbar } from '../grid/GridToolbar';
import { inBothLanguages } from '../i18n/in-both-languages';
import { editableFields, type EditableField } from './enterprise-edits';
import type { EnterpriseRow } from './enterprise-rows';
import { deleteView, loadSavedViews, saveView, type SavedView } from './saved-views';
import { useNameInitials } from './use-name-initials';
import './enterprises.css';

/**
 * Rows drawn beyond the visible ones: ag-grid's default of 10 made a third of the rows built on
 * opening the grid and on each search keystroke rows nobody sees yet.
 */
const rowBuffer = 4;

const noExtraColumns: readonly ColDef<EnterpriseRow>[] = [];

// Constants, so a re-render does not hand ag-grid new options to re-apply mid-edit.
const defaultColumn: ColDef<EnterpriseRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: false,
};

function demoNameClass(params: CellClassParams<EnterpriseRow>): string | undefined {
  return params.data?.demo === true ? 'demo-name' : undefined;
}

/** The header's select-all is our own (SelectShownHeader): ag-grid's costs every keystroke. */
const rowSelection: RowSelectionOptions<EnterpriseRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
};

export interface EnterprisesGridProps {
  readonly rows: readonly EnterpriseRow[];
  readonly latestPeriod: Period | undefined;
  /** Extra columns or actions supplied by the page (editing, bulk edit). */
  readonly extraColumns?: readonly ColDef<EnterpriseRow>[];
  readonly onSelectionChange?: (rows: readonly EnterpriseRow[]) => void;
  readonly onOpen?: (row: EnterpriseRow) => void;
  /** An inline edit: the grid never changes its rows itself; the registry does, then the rows follow. */
  readonly onEditCell?: (row: EnterpriseRow, field: EditableField, value: unknown) => void;
  /** Shown in the toolbar when rows are selected (bulk edit). */
  readonly selectionActions?: ReactNode;
  /** Exports the rows as filtered and sorted now (导出当前视图). */
  readonly onExportView?: (rows: readonly EnterpriseRow[]) => void;
  /**
   * What the last action on the grid did (an edit, a bulk edit, an export, a saved view): shown
   * after the count in the toolbar, where it is on screen whatever the page's length.
   */
  readonly status: LocalizedText | null;
  readonly onStatus: (status: LocalizedText) => void;
}

export function EnterprisesGrid({
  rows,
  latestPeriod,
  extraColumns = noExtraColumns,
  onSelectionChange,
  onOpen,
  onEditCell,
  selectionActions,
  onExportView,
  status,
  onStatus,
}: EnterprisesGridProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const api = useRef<GridApi<EnterpriseRow> | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(rows.length);
  const [views, setViews] = useState<SavedView[]>(() => loadSavedViews());
  const [viewName, setViewName] = useState('');
  const { initials, version: initialsVersion } = useNameInitials(rows);

  const columns = useMemo<ColDef<EnterpriseRow>[]>(() => {
    const year = latestPeriod === undefined ? undefined : periodYear(latestPeriod);
    // Looked up once per column build, not once per cell: t() interpolates on every call.
    const unknown = t('enterprises.unknown');
    const yes = t('enterprises.yes');
    const no = t('enterprises.no');
    const yesNo = (value: boolean | null | undefined) =>
      value === null || value === undefined ? unknown : value ? yes : no;
    return [
      {
        field: 'name',
        headerName: t('enterprises.column.name'),
        filter: 'agTextColumnFilter',
        pinned: 'left',
        width: 280,
        editable: true,
        // 示例 is drawn by CSS from a class (enterprises.css): no cell renderer made per row.
        cellClass: demoNameClass,
      },
      {
        field: 'creditCode',
        headerName: t('enterprises.column.creditCode'),
        filter: 'agTextColumnFilter',
        width: 190,
        cellClass: 'mono',
      },
      {
        field: 'parkName',
        headerName: t('enterprises.column.park'),
        filter: 'agTextColumnFilter',
        width: 200,
      },
      {
        field: 'streetName',
        headerName: t('enterprises.column.street'),
        filter: 'agTextColumnFilter',
        width: 130,
      },
      {
        field: 'subcategoryCode',
        headerName: t('enterprises.column.subcategory'),
        filter: 'agTextColumnFilter',
        width: 110,
        editable: true,
      },
      {
        field: 'categoryName',
        headerName: t('enterprises.column.category'),
        filter: 'agTextColumnFilter',
        width: 150,
      },
      {
        field: 'domain',
        headerName: t('enterprises.column.domain'),
        filter: 'agTextColumnFilter',
        width: 110,
      },
      {
        field: 'digitalCulture',
        headerName: t('enterprises.column.digital'),
        width: 100,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [true, false] },
        valueFormatter: (p: ValueFormatterParams<EnterpriseRow, boolean>) => yesNo(p.value),
        filter: 'agTextColumnFilter',
        filterValueGetter: (p) => (p.data ? yesNo(p.data.digitalCulture) : ''),
      },
      {
        field: 'aboveScale',
        headerName:
          year === undefined
            ? t('enterprises.column.aboveScaleNoYear')
            : t('enterprises.column.aboveScale', { year }),
        width: 110,
        valueFormatter: (p: ValueFormatterParams<EnterpriseRow, boolean | null>) => yesNo(p.value),
        filter: 'agTextColumnFilter',
        filterValueGetter: (p) => (p.data ? yesNo(p.data.aboveScale) : ''),
      },
      {
        field: 'status',
        headerName: t('enterprises.column.status'),
        width: 90,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...enterpriseStatuses] },
        valueFormatter: (p: ValueFormatterParams<EnterpriseRow, EnterpriseRow['status']>) =>
          p.value === undefined || p.value === null
            ? ''
            : enterpriseStatusLabels[p.value][language],
        filter: 'agTextColumnFilter',
        filterValueGetter: (p) => (p.data ? enterpriseStatusLabels[p.data.status][language] : ''),
      },
      {
        field: 'tags',
        headerName: t('enterprises.column.tags'),
        width: 160,
        sortable: false,
        valueFormatter: (p: ValueFormatterParams<EnterpriseRow, EnterpriseRow['tags']>) =>
          (p.value ?? []).map((tag) => enterpriseTagLabels[tag][language]).join('、'),
        filter: 'agTextColumnFilter',
        filterValueGetter: (p) =>
          (p.data?.tags ?? []).map((tag) => enterpriseTagLabels[tag][language]).join('、'),
      },
      {
        field: 'revenueYuan',
        headerName:
          latestPeriod === undefined
            ? t('enterprises.column.revenueNoPeriod')
            : t('enterprises.column.revenue', { period: periodLabel(latestPeriod)[language] }),
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
        filterValueGetter: wanYuanFilterValue<EnterpriseRow>((row) => row.revenueYuan),
        width: 200,
        valueFormatter: wanYuanCell,
      },
      {
        field: 'yoyReportedPercent',
        headerName: t('enterprises.column.yoy'),
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
        width: 130,
        valueFormatter: numberCell(1),
      },
      {
        field: 'employees',
        headerName: t('enterprises.column.employees'),
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
        width: 130,
        valueFormatter: numberCell(0),
      },
      ...extraColumns,
    ];
  }, [t, language, latestPeriod, extraColumns]);

  /** The checkboxes lead each row, before the pinned name, as in every list with a selection. */
  const selectionColumnDef = useMemo<SelectionColumnDef>(
    () => ({
      pinned: 'left',
      lockPinned: true,
      headerComponent: SelectShownHeader,
      headerComponentParams: {
        label: t('enterprises.selectShown'),
      } satisfies SelectShownHeaderParams,
    }),
    [t],
  );

  // The query the grid filters by, read by ag-grid's callbacks: a keystroke asks the grid to
  // filter again at once, in the same event, rather than re-rendering the grid with new callbacks.
  const preparedQuery = useRef<QuickSearchQuery | null>(null);

  const isExternalFilterPresent = useCallback(() => preparedQuery.current !== null, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<EnterpriseRow>) => {
      const row = node.data;
      const prepared = preparedQuery.current;
      if (prepared === null || row === undefined) return true;
      return matchesQuickSearch(
        {
          name: row.name,
          creditCode: row.creditCode,
          initials: initials.get(row.id)?.initials ?? '',
        },
        prepared,
      );
    },
    [initials],
  );

  const countShown = useCallback(() => {
    setShown(api.current?.getDisplayedRowCount() ?? 0);
  }, []);

  const search = useCallback(
    (text: string) => {
      setQuery(text);
      preparedQuery.current = prepareQuickSearch(text);
      api.current?.onFilterChanged();
      // The grid has filtered and drawn its rows by now, but tells of it (onModelUpdated) only
      // on a later task: counted here, the count is drawn in the same frame as the rows.
      countShown();
    },
    [countShown],
  );

  // Initials arriving from the worker can add matches to the query being shown.
  useEffect(() => {
    if (preparedQuery.current !== null) api.current?.onFilterChanged();
  }, [initialsVersion]);

  // Handed to the grid as changes only when rows, columns or handlers change: a keystroke, a
  // count or a status line re-renders the toolbar, never the grid.
  const gridOptions = useMemo<GridOptions<EnterpriseRow>>(
    () => ({
      rowData: rows as EnterpriseRow[],
      columnDefs: columns,
      defaultColDef: defaultColumn,
      getRowId: recordRowId,
      rowSelection,
      selectionColumnDef,
      rowBuffer,
      readOnlyEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      onCellEditRequest: (event) => {
        const field = event.colDef.field;
        if (field !== undefined && (editableFields as readonly string[]).includes(field)) {
          onEditCell?.(event.data, field as EditableField, event.newValue);
        }
      },
      isExternalFilterPresent,
      doesExternalFilterPass,
      onGridReady: (event: GridReadyEvent<EnterpriseRow>) => {
        api.current = event.api;
        countShown();
      },
      onModelUpdated: countShown,
      onSelectionChanged: (event: SelectionChangedEvent<EnterpriseRow>) =>
        onSelectionChange?.(event.api.getSelectedRows()),
      // A double-click edits an editable cell (ag-grid's own), as Enter does; on any other cell
      // it opens the row. Opening there too took the user away from the edit just begun.
      onCellDoubleClicked: (event) => {
        if (event.data && event.colDef.editable !== true) onOpen?.(event.data);
      },
      onCellKeyDown: (event) => {
        // Enter edits an editable cell (ag-grid's own); on any other cell it opens the row.
        const key = event.event instanceof KeyboardEvent ? event.event.key : '';
        const editable = 'colDef' in event && event.colDef.editable === true;
        if (key === 'Enter' && event.data && !editable) onOpen?.(event.data);
      },
    }),
    [
      rows,
      columns,
      onEditCell,
      onOpen,
      onSelectionChange,
      isExternalFilterPresent,
      doesExternalFilterPass,
      countShown,
      selectionColumnDef,
    ],
  );

  // The text of the 示例 badge, for the CSS that draws it (a CSS string: quoted).
  const demoLabel = useMemo(
    () => ({ '--demo-label': JSON.stringify(t('enterprises.demo')) }) as CSSProperties,
    [t],
  );

  const applyView = (name: string) => {
    setViewName(name);
    const view = views.find((v) => v.name === name);
    if (view === undefined) {
      api.current?.setFilterModel(null);
      api.current?.applyColumnState({ defaultState: { sort: null, hide: false } });
      return;
    }
    api.current?.setState(view.state);
  };

  const saveCurrentView = () => {
    const name = window.prompt(t('enterprises.saveViewPrompt'), viewName)?.trim();
    if (!name || api.current === null) return;
    const { filter, sort, columnOrder, columnVisibility, columnSizing, columnPinning } =
      api.current.getState();
    setViews(
      saveView(views, {
        name,
        state: { filter, sort, columnOrder, columnVisibility, columnSizing, columnPinning },
      }),
    );
    setViewName(name);
    onStatus(inBothLanguages((fixed) => fixed('enterprises.viewSaved', { name })));
  };

  return (
    <div className="enterprises-grid" style={demoLabel}>
      <GridToolbar
        searchLabel={t('enterprises.search')}
        query={query}
        onQuery={search}
        searchInput={{
          placeholder: t('enterprises.searchPlaceholder'),
          className: 'quick-search',
          accessKey: 'f',
        }}
        count={
          <>
            {t('enterprises.shown', {
              shown: shown.toLocaleString('en-US'),
              total: rows.length.toLocaleString('en-US'),
            })}
            {status !== null && ` · ${status[language]}`}
          </>
        }
      >
        <label>
          {t('enterprises.views')}
          <select value={viewName} onChange={(event) => applyView(event.target.value)}>
            <option value="">{t('enterprises.viewDefault')}</option>
            {views.map((view) => (
              <option key={view.name} value={view.name}>
                {view.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={saveCurrentView}>
          {t('enterprises.saveView')}
        </button>
        {viewName !== '' && (
          <button
            type="button"
            onClick={() => {
              setViews(deleteView(views, viewName));
              applyView('');
            }}
          >
            {t('enterprises.deleteView')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            search('');
            api.current?.setFilterModel(null);
          }}
        >
          {t('enterprises.clearFilters')}
        </button>
        {onExportView !== undefined && (
          <button
            type="button"
            onClick={() => {
              const shownRows: EnterpriseRow[] = [];
              api.current?.forEachNodeAfterFilterAndSort((node) => {
                if (node.data !== undefined) shownRows.push(node.data);
              });
              onExportView(shownRows);
            }}
          >
            {t('enterprises.exportView')}
          </button>
        )}
        {selectionActions}
      </GridToolbar>
      <div className="enterprises-grid-body">
        <PlainGrid options={gridOptions} emptyMessage={t('enterprises.empty')} />
      </div>
    </div>
  );
}
