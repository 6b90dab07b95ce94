import type { ColDef, GridApi, ValueFormatterParams } from 'ag-grid-community';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  doubleSeventyStatusLabels,
  type DoubleSeventyStatus,
} from '../../shared/indicators/occupancy';
import { certificationTierLabels, cultivationTierLabels, type Park } from '../../shared/parks/park';
import { periodLabel, periodYear, type Period } from '../../shared/periods/period';
import { languageOf } from '../app/format-figure';
import { DataGrid } from '../grid/DataGrid';
import { recordRowId } from '../grid/row-ids';
import { numberCell, wanYuanCell, wanYuanFilterValue } from '../grid/grid-formatters';
import { GridToolbar } from '../grid/GridToolbar';
import type { ParkRow } from './park-rows';
import './parks.css';

// Constants, so a re-render does not hand ag-grid new options to re-apply.
const defaultColumn: ColDef<ParkRow> = { sortable: true, resizable: true, floatingFilter: true };

export function ParksGrid({
  rows,
  period,
  onOpen,
}: {
  rows: readonly ParkRow[];
  period: Period | undefined;
  onOpen: (parkId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const api = useRef<GridApi<ParkRow> | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(rows.length);
  const year = period === undefined ? new Date().getFullYear() : periodYear(period);

  const columns = useMemo<ColDef<ParkRow>[]>(
    () => [
      {
        field: 'name',
        headerName: t('parks.column.name'),
        pinned: 'left',
        width: 240,
        filter: 'agTextColumnFilter',
        cellRenderer: (p: { data?: ParkRow; value?: string }) => (
          <button type="button" className="link-button" onClick={() => p.data && onOpen(p.data.id)}>
            {p.value}
            {p.data?.demo && <span className="demo-badge">{t('parks.demo')}</span>}
          </button>
        ),
      },
      {
        field: 'streetName',
        headerName: t('parks.column.street'),
        width: 130,
        filter: 'agTextColumnFilter',
      },
      {
        field: 'tier',
        headerName: t('parks.column.tier', { year }),
        width: 190,
        filter: 'agTextColumnFilter',
        valueFormatter: (p: ValueFormatterParams<ParkRow, ParkRow['tier']>) =>
          p.value ? certificationTierLabels[p.value][language] : '',
        filterValueGetter: (p) => (p.data ? certificationTierLabels[p.data.tier][language] : ''),
      },
      {
        field: 'themes',
        headerName: t('parks.column.themes'),
        width: 150,
        filter: 'agTextColumnFilter',
      },
      {
        field: 'tenants',
        headerName: t('parks.column.tenants'),
        type: 'numericColumn',
        width: 100,
        filter: 'agNumberColumnFilter',
        valueFormatter: numberCell(0),
      },
      {
        field: 'aboveScale',
        headerName: t('parks.column.aboveScale'),
        type: 'numericColumn',
        width: 100,
        filter: 'agNumberColumnFilter',
        valueFormatter: numberCell(0),
      },
      {
        field: 'revenueYuan',
        headerName: t('parks.column.revenue'),
        type: 'numericColumn',
        width: 150,
        filter: 'agNumberColumnFilter',
        filterValueGetter: wanYuanFilterValue<ParkRow>((row) => row.revenueYuan),
        valueFormatter: wanYuanCell,
      },
      {
        field: 'yoyReportedPercent',
        headerName: t('parks.column.yoy'),
        type: 'numericColumn',
        width: 140,
        filter: 'agNumberColumnFilter',
        valueFormatter: numberCell(1),
      },
      {
        field: 'occupancyPercent',
        headerName: t('parks.column.occupancy'),
        type: 'numericColumn',
        width: 110,
        filter: 'agNumberColumnFilter',
        valueFormatter: numberCell(1),
      },
      {
        field: 'doubleSeventy',
        headerName: t('parks.column.doubleSeventy'),
        width: 190,
        filter: 'agTextColumnFilter',
        valueFormatter: (p: ValueFormatterParams<ParkRow, DoubleSeventyStatus | null>) =>
          p.value ? doubleSeventyStatusLabels[p.value][language] : '',
        filterValueGetter: (p) =>
          p.data?.doubleSeventy ? doubleSeventyStatusLabels[p.data.doubleSeventy][language] : '',
        cellClassRules: {
          'status-ok': (p) => p.value === 'met',
          'status-warn': (p) => p.value === 'not-met',
        },
      },
      {
        field: 'cultivationTier',
        headerName: t('parks.column.cultivation'),
        width: 120,
        filter: 'agTextColumnFilter',
        valueFormatter: (p: ValueFormatterParams<ParkRow, Park['cultivationTier']>) =>
          p.value ? cultivationTierLabels[p.value][language] : '',
        filterValueGetter: (p) =>
          p.data ? cultivationTierLabels[p.data.cultivationTier][language] : '',
      },
    ],
    [t, language, year, onOpen],
  );

  return (
    <div className="parks-grid">
      <GridToolbar
        searchLabel={t('parks.search')}
        query={query}
        onQuery={setQuery}
        searchInput={{ placeholder: t('parks.searchPlaceholder') }}
        count={t('parks.shown', { shown, total: rows.length })}
      >
        <span className="muted">
          {period === undefined
            ? t('parks.noPeriod')
            : t('parks.period', { period: periodLabel(period)[language] })}
        </span>
      </GridToolbar>
      <DataGrid<ParkRow>
        height="calc(100vh - 230px)"
        rowData={rows as ParkRow[]}
        columnDefs={columns}
        defaultColDef={defaultColumn}
        getRowId={recordRowId}
        quickFilterText={query}
        onGridReady={(event) => {
          api.current = event.api;
        }}
        onModelUpdated={(event) => setShown(event.api.getDisplayedRowCount())}
        onRowDoubleClicked={(event) => {
          if (event.data) onOpen(event.data.id);
        }}
      />
    </div>
  );
}
