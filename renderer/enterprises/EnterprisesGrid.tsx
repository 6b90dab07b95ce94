/**
 * The enterprises grid: ~17,000 rows that stay smooth (ag-grid virtualises them), quick search by
 * name, credit code or 拼音 initials, column filters, sorting, and saved views.
 */
import type {
  GridApi,
  GridOptions,
  GridReadyEvent,
  IRowNode,
  SelectionChangedEvent,
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
import { prepareQuickSearch, type QuickSearchQuery } from '../../shared/enterprises/quick-search';
import type { Period } from '../../shared/periods/period';
import type { LocalizedText } from '../../shared/text/localized-text';
import { languageOf } from '../app/format-figure';
import { PlainGrid } from '../grid/PlainGrid';
import { GridToolbar } from '../grid/GridToolbar';
import { inBothLanguages } from '../i18n/in-both-languages';
import { editableFields, type EditableField } from './enterprise-edits';
import {
  enterpriseColumns,
  enterpriseGridSettings,
  enterpriseSelectionColumn,
  showsUnderQuickSearch,
} from './enterprise-grid-setup';
import type { EnterpriseRow } from './enterprise-rows';
import { deleteView, loadSavedViews, saveView, type SavedView } from './saved-views';
import { useNameInitials } from './use-name-initials';
import './enterprises.css';

export interface EnterprisesGridProps {
  readonly rows: readonly EnterpriseRow[];
  readonly latestPeriod: Period | undefined;
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

  const columns = useMemo(
    () => enterpriseColumns(t, language, latestPeriod),
    [t, language, latestPeriod],
  );
  const selectionColumnDef = useMemo(() => enterpriseSelectionColumn(t), [t]);

  // The query the grid filters by, read by ag-grid's callbacks: a keystroke asks the grid to
  // filter again at once, in the same event, rather than re-rendering the grid with new callbacks.
  const preparedQuery = useRef<QuickSearchQuery | null>(null);

  const isExternalFilterPresent = useCallback(() => preparedQuery.current !== null, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<EnterpriseRow>) =>
      showsUnderQuickSearch(
        node.data,
        preparedQuery.current,
        (row) => initials.get(row.id)?.initials ?? '',
      ),
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
      ...enterpriseGridSettings,
      rowData: rows as EnterpriseRow[],
      columnDefs: columns,
      selectionColumnDef,
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
