/**
 * How the enterprises grid is set up: its columns, its selection and what it draws ahead. The
 * grid itself (EnterprisesGrid) adds its rows and handlers; the bench's floor of ag-grid's own
 * time builds the same grid from this, with no app around it.
 */
import type {
  CellClassParams,
  ColDef,
  GridOptions,
  RowSelectionOptions,
  SelectionColumnDef,
  ValueFormatterParams,
} from 'ag-grid-community';
import type { TFunction } from 'i18next';
import {
  enterpriseStatuses,
  enterpriseStatusLabels,
  enterpriseTagLabels,
} from '../../shared/enterprises/enterprise';
import { matchesQuickSearch, type QuickSearchQuery } from '../../shared/enterprises/quick-search';
import { periodLabel, periodYear, type Period } from '../../shared/periods/period';
import type { Language } from '../app/format-figure';
import { numberCell, wanYuanCell, wanYuanFilterValue } from '../grid/grid-formatters';
import { recordRowId } from '../grid/row-ids';
import { SelectShownHeader, type SelectShownHeaderParams } from '../grid/select-shown-header';
import type { EnterpriseRow } from './enterprise-rows';

function demoNameClass(params: CellClassParams<EnterpriseRow>): string | undefined {
  return params.data?.demo === true ? 'demo-name' : undefined;
}

/**
 * The options that do not change with the rows or the language: constants, so a re-render does
 * not hand ag-grid new options to re-apply mid-edit.
 */
export const enterpriseGridSettings = {
  defaultColDef: {
    sortable: true,
    resizable: true,
    floatingFilter: true,
    suppressHeaderMenuButton: false,
  },
  getRowId: recordRowId,
  /** The header's select-all is our own (SelectShownHeader): ag-grid's costs every keystroke. */
  rowSelection: {
    mode: 'multiRow',
    checkboxes: true,
    headerCheckbox: false,
  } satisfies RowSelectionOptions<EnterpriseRow>,
  /**
   * Rows drawn beyond the visible ones: ag-grid's default of 10 made a third of the rows built on
   * opening the grid and on each search keystroke rows nobody sees yet.
   */
  rowBuffer: 4,
} satisfies GridOptions<EnterpriseRow>;

/** The columns, their headers in the language of `t`; 规上 and revenue are of `latestPeriod`. */
export function enterpriseColumns(
  t: TFunction,
  language: Language,
  latestPeriod: Period | undefined,
): ColDef<EnterpriseRow>[] {
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
        p.value === undefined || p.value === null ? '' : enterpriseStatusLabels[p.value][language],
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
  ];
}

/** The checkboxes lead each row, before the pinned name, as in every list with a selection. */
export function enterpriseSelectionColumn(t: TFunction): SelectionColumnDef {
  return {
    pinned: 'left',
    lockPinned: true,
    headerComponent: SelectShownHeader,
    headerComponentParams: {
      label: t('enterprises.selectShown'),
    } satisfies SelectShownHeaderParams,
  };
}

/**
 * The grid's external filter: whether a row shows under the quick search (`query` null: no
 * search). `initials` gives a row's 拼音 initials as far as they are known yet.
 */
export function showsUnderQuickSearch(
  row: EnterpriseRow | undefined,
  query: QuickSearchQuery | null,
  initials: (row: EnterpriseRow) => string,
): boolean {
  if (query === null || row === undefined) return true;
  return matchesQuickSearch(
    { name: row.name, creditCode: row.creditCode, initials: initials(row) },
    query,
  );
}
