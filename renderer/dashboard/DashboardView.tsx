/**
 * The district's published indicators for a period and scope, computed from the registry by
 * their official definitions (shared/indicators), with the charts the office reads. At a start
 * the figures it opened on last are shown while the registry is read, if nothing changed since.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dashboardFigures,
  defaultScopeKey,
  type DashboardFigures,
  type DashboardOpening,
} from '../../shared/indicators/dashboard-figures';
import type { Figure, IndicatorPopulation } from '../../shared/indicators/figure';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import { fromYuan } from '../../shared/money/money';
import { periodLabel, periodMonth, periodYear, type Period } from '../../shared/periods/period';
import { chaoyangStreets } from '../../shared/reference/chaoyang-streets';
import { formatFigure, formatGrowth, languageOf } from '../app/format-figure';
import { EChart } from '../charts/EChart';
import { hashWithQuery } from '../app/sections';
import {
  figureRowsQuery,
  scopeFromKey,
  type FigureSubset,
  type ParkScope,
} from '../enterprises/figure-rows';
import { useRegistry } from '../db/hooks';
import { keepDashboardOpening } from '../db/start-figures';
import { getPlatform } from '../platform/platform';
import { appBuild } from '../registry-view/use-registry-view';
import { useMyParks } from '../settings/my-parks';
import { FigureCard } from './FigureCard';

const yi = (figure: Figure): number | null =>
  figure.value === null ? null : Math.round(fromYuan(figure.value, 'yi-yuan') * 100) / 100;

function barOption(
  names: string[],
  values: (number | null)[],
  horizontal: boolean,
): EChartsCoreOption {
  const category = {
    type: 'category',
    data: names,
    axisLabel: { interval: 0, width: 110, overflow: 'truncate' },
  };
  const value = { type: 'value' };
  return {
    grid: {
      left: horizontal ? 130 : 48,
      right: 24,
      top: 16,
      bottom: horizontal ? 24 : 72,
      containLabel: false,
    },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal ? value : { ...category, axisLabel: { ...category.axisLabel, rotate: 35 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values, barMaxWidth: 28 }],
  };
}

/**
 * What the dashboard shows: the registry as read, or while it is read at a start the figures it
 * opened on last, if nothing changed since (current, but for the opening period, scope and 规上
 * only, so the controls wait for the registry).
 */
export type DashboardSource =
  | {
      readonly kind: 'registry';
      readonly records: LiveRecords;
      /** Periods with reports, latest first. */
      readonly periods: readonly Period[];
      /** The registry revision the records are at. */
      readonly revision: number;
    }
  | { readonly kind: 'opening'; readonly opening: DashboardOpening };

export function DashboardView({ source }: { source: DashboardSource }) {
  const registry = useRegistry();
  const records = source.kind === 'registry' ? source.records : undefined;
  const kept = source.kind === 'opening' ? source.opening : undefined;
  const periods = source.kind === 'registry' ? source.periods : source.opening.periods;
  const parks = useMemo(
    () => records?.parks.map((park) => ({ id: park.id, name: park.name })) ?? kept?.parks ?? [],
    [records, kept],
  );
  const myParkIds = useMyParks();
  const openingScopeKey = defaultScopeKey(parks, myParkIds);
  const [period, setPeriod] = useState<Period | undefined>(periods[0]);
  const [chosenScope, setScopeKey] = useState<string | undefined>(undefined);
  const scopeKeyChosen = chosenScope ?? openingScopeKey;
  const [population, setPopulation] = useState<IndicatorPopulation>('above-scale');
  const activePeriod = period ?? periods[0];
  const opening =
    activePeriod === periods[0] &&
    scopeKeyChosen === openingScopeKey &&
    population === 'above-scale';
  const figures = useMemo(() => {
    if (activePeriod === undefined) return null;
    if (records === undefined) {
      // Kept figures answer for the selection they were computed for, and no other.
      return opening && kept?.scopeKey === scopeKeyChosen ? kept.figures : null;
    }
    const scope = scopeFromKey(scopeKeyChosen) ?? { kind: 'district' };
    return dashboardFigures(records, scope, activePeriod, population);
  }, [records, kept, opening, scopeKeyChosen, activePeriod, population]);

  // What the dashboard opens on is kept for the next start, tagged with the revision it is at.
  const revision = source.kind === 'registry' ? source.revision : undefined;
  useEffect(() => {
    if (!opening || figures === null || records === undefined || revision === undefined) return;
    const keep = { periods, parks, scopeKey: scopeKeyChosen, figures };
    keepDashboardOpening(registry, revision, appBuild, keep).catch(() => {
      // Only a faster next start is lost; the registry itself is untouched.
    });
  }, [opening, figures, records, periods, parks, scopeKeyChosen, registry, revision]);

  if (figures === null) return null;
  return (
    <DashboardFiguresView
      figures={figures}
      periods={periods}
      parks={parks}
      scopeKey={scopeKeyChosen}
      controls={records === undefined ? undefined : { setPeriod, setScopeKey, setPopulation }}
    />
  );
}

function DashboardFiguresView({
  figures,
  periods,
  parks,
  scopeKey: scopeKeyChosen,
  controls,
}: {
  figures: DashboardFigures;
  periods: readonly Period[];
  parks: DashboardOpening['parks'];
  scopeKey: string;
  /** Absent while only the opening figures are known: the controls show, disabled. */
  controls?: {
    setPeriod: (period: Period) => void;
    setScopeKey: (key: string) => void;
    setPopulation: (population: IndicatorPopulation) => void;
  };
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { indicators } = figures;
  const activePeriod = indicators.period;
  const population = indicators.population;
  const myParkIds = useMyParks();
  const myParks = useMemo(() => {
    const mine = new Set(myParkIds);
    return parks.filter((park) => mine.has(park.id));
  }, [parks, myParkIds]);
  const [printOutcome, setPrintOutcome] = useState<string | null>(null);

  const scope = useMemo<ParkScope>(
    () => scopeFromKey(scopeKeyChosen) ?? { kind: 'district' },
    [scopeKeyChosen],
  );
  const rowsHref = useCallback(
    (subset: FigureSubset, where: ParkScope = scope) =>
      hashWithQuery(
        'enterprises',
        figureRowsQuery({ scope: where, period: activePeriod, population, subset }),
      ),
    [scope, activePeriod, population],
  );
  const otherParks = useMemo(
    () => parks.filter((park) => !myParks.includes(park)),
    [parks, myParks],
  );
  const parkIdByName = useMemo(
    () => new Map(figures.parks.map((park) => [park.name, park.id])),
    [figures.parks],
  );
  const streetCodeByName = useMemo(
    () => new Map(chaoyangStreets.map((street) => [street.name, street.code])),
    [],
  );
  const openRows = useCallback(
    (where: ParkScope | undefined) => {
      if (where !== undefined) window.location.hash = rowsHref('population', where);
    },
    [rowsHref],
  );
  const openParkRows = useCallback(
    (name: string) => {
      const parkId = parkIdByName.get(name);
      openRows(parkId === undefined ? undefined : { kind: 'park', parkId });
    },
    [parkIdByName, openRows],
  );
  const openStreetRows = useCallback(
    (name: string) => {
      const streetCode = streetCodeByName.get(name);
      openRows(streetCode === undefined ? undefined : { kind: 'street', streetCode });
    },
    [streetCodeByName, openRows],
  );

  const charts = useMemo(() => {
    const year = periodYear(activePeriod);
    const months = Array.from({ length: periodMonth(activePeriod) - 1 }, (_, i) => i + 2);
    const revenueOf = (figure: Figure | undefined) => (figure === undefined ? null : yi(figure));
    const byPark = figures.parks
      .map((park) => ({ name: park.name, value: revenueOf(park.revenue) }))
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 10);
    const streets = figures.streets
      .map((street) => ({ name: street.name, value: revenueOf(street.revenue) }))
      .filter((entry) => (entry.value ?? 0) > 0)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 15);
    return {
      byCategory: barOption(
        indicators.revenue.byCategory.map((slice) => slice.category.name),
        indicators.revenue.byCategory.map((slice) => yi(slice.revenue)),
        false,
      ),
      trend: {
        grid: { left: 56, right: 24, top: 36, bottom: 32 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: {
          type: 'category',
          data: months.map((m) => (language === 'zh' ? `1-${m}月` : `Jan–${m}`)),
        },
        yAxis: { type: 'value' },
        series: [
          {
            type: 'line',
            name: t('dashboard.thisYear', { year }),
            data: figures.trend.thisYear.map(yi),
          },
          {
            type: 'line',
            name: t('dashboard.thisYear', { year: year - 1 }),
            data: figures.trend.lastYear.map(yi),
            lineStyle: { type: 'dashed' },
          },
        ],
      } satisfies EChartsCoreOption,
      topParks: barOption(
        byPark.map((p) => p.name),
        byPark.map((p) => p.value),
        true,
      ),
      byStreet: streets.length
        ? barOption(
            streets.map((s) => s.name),
            streets.map((s) => s.value),
            true,
          )
        : null,
    };
  }, [activePeriod, figures, indicators, language, t]);

  /** The indicators sheet as A4: a PDF on the desktop, the print dialog in the browser. */
  const saveAsPdf = async () => {
    try {
      const result = await getPlatform().savePdf({
        suggestedName: t('dashboard.pdfName', { period: periodLabel(activePeriod)[language] }),
        title: t('dashboard.savePdfTitle'),
      });
      setPrintOutcome(
        result === null
          ? t('dashboard.printCancelled')
          : 'savedAs' in result
            ? t('dashboard.savedPdf', { path: result.savedAs })
            : t('dashboard.printed'),
      );
    } catch (error) {
      setPrintOutcome(
        t('dashboard.printFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  const { revenue, enterprises, occupancy, events, financing } = indicators;
  const count = (figure: Figure) => formatFigure(figure, language).value;

  return (
    <div className="dashboard">
      <div className="toolbar" role="group" aria-label={t('dashboard.scope')}>
        <label>
          {t('dashboard.period')}
          <select
            value={activePeriod}
            disabled={controls === undefined}
            onChange={(e) => controls?.setPeriod(e.target.value as Period)}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)[language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.scope')}
          <select
            value={scopeKeyChosen}
            disabled={controls === undefined}
            onChange={(e) => controls?.setScopeKey(e.target.value)}
          >
            {myParks.length > 0 && (
              <optgroup label={t('dashboard.myParksGroup')}>
                {myParks.map((park) => (
                  <option key={park.id} value={`park:${park.id}`}>
                    {park.name}
                  </option>
                ))}
              </optgroup>
            )}
            <option value="district">{t('dashboard.scopeDistrict')}</option>
            <option value="zone">{t('dashboard.scopeZone')}</option>
            <optgroup label={t('dashboard.streetGroup')}>
              {chaoyangStreets.map((street) => (
                <option key={street.code} value={`street:${street.code}`}>
                  {street.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('dashboard.parkGroup')}>
              {otherParks.map((park) => (
                <option key={park.id} value={`park:${park.id}`}>
                  {park.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          {t('dashboard.population')}
          <select
            value={population}
            disabled={controls === undefined}
            onChange={(e) => controls?.setPopulation(e.target.value as IndicatorPopulation)}
          >
            <option value="above-scale">{t('dashboard.aboveScale')}</option>
            <option value="all">{t('dashboard.allEnterprises')}</option>
          </select>
        </label>
        <button type="button" className="dashboard-print" onClick={() => void saveAsPdf()}>
          {t('dashboard.savePdf')}
        </button>
        {controls === undefined && (
          <span className="dashboard-loading" role="status">
            {t('dashboard.readingRegistry')}
          </span>
        )}
        {printOutcome !== null && (
          <span className="dashboard-print-outcome" role="status">
            {printOutcome}
          </span>
        )}
      </div>

      <div className="figure-grid">
        <FigureCard
          title={
            population === 'above-scale' ? t('dashboard.aboveScale') : t('dashboard.enterprises')
          }
          figure={population === 'above-scale' ? enterprises.aboveScale : enterprises.all}
          rowsHref={rowsHref('population')}
        >
          <p className="figure-detail">
            <a href={rowsHref('all')}>
              {t('dashboard.detailAll', { number: count(enterprises.all) })}
            </a>
            {' · '}
            <a href={rowsHref('culture')}>
              {t('dashboard.detailCulture', { number: count(enterprises.culture) })}
            </a>
          </p>
        </FigureCard>
        <FigureCard
          title={t('dashboard.revenue')}
          figure={revenue.revenue}
          rowsHref={rowsHref('population')}
        >
          <Growth figure={revenue.yoyReportedComparable} label={t('dashboard.yoyReported')} />
          <Growth
            figure={revenue.yoyRecomputedFromTotals}
            label={t('dashboard.yoyRecomputed')}
            muted
          />
        </FigureCard>
        <FigureCard
          title={t('dashboard.core')}
          figure={revenue.core.revenue}
          rowsHref={rowsHref('core')}
        >
          <Growth figure={revenue.core.share} label={t('dashboard.share')} plain />
          <Growth figure={revenue.core.yoyReportedComparable} label={t('dashboard.yoyReported')} />
        </FigureCard>
        <FigureCard
          title={t('dashboard.digital')}
          figure={revenue.digitalCulture.revenue}
          rowsHref={rowsHref('digital')}
        >
          <Growth figure={revenue.digitalCulture.share} label={t('dashboard.share')} plain />
          <Growth
            figure={revenue.digitalCulture.yoyReportedComparable}
            label={t('dashboard.yoyReported')}
          />
        </FigureCard>
        <FigureCard
          title={t('dashboard.related')}
          figure={revenue.related.revenue}
          rowsHref={rowsHref('related')}
        >
          <Growth figure={revenue.related.share} label={t('dashboard.share')} plain />
        </FigureCard>
        {(
          [
            ['profit', revenue.profit],
            ['tax', revenue.tax],
            ['employees', revenue.employees],
            ['perEnterprise', revenue.revenuePerEnterprise],
            ['perEmployee', revenue.revenuePerEmployee],
          ] as const
        ).map(([key, figure]) => (
          <FigureCard
            key={key}
            title={t(`dashboard.${key}`)}
            figure={figure}
            rowsHref={rowsHref('population')}
          />
        ))}
        <FigureCard title={t('dashboard.occupancy')} figure={occupancy.rate} />
        <FigureCard title={t('dashboard.events')} figure={events.count}>
          <p className="figure-detail">
            {t('dashboard.eventsDetail', {
              visitors: `${count(events.visitors)} ${formatFigure(events.visitors, language).unit}`,
            })}
          </p>
        </FigureCard>
        <FigureCard
          title={t('dashboard.financing')}
          figure={financing.amount}
          rowsHref={rowsHref('financed')}
        >
          <p className="figure-detail">
            {t('dashboard.financingDetail', {
              deals: count(financing.count),
              enterprises: count(financing.enterprisesFinanced),
            })}
          </p>
        </FigureCard>
      </div>

      <div className="chart-grid">
        <figure className="chart-card">
          <figcaption>{t('dashboard.chartByCategory')}</figcaption>
          <EChart option={charts.byCategory} ariaLabel={t('dashboard.chartByCategory')} />
        </figure>
        <figure className="chart-card">
          <figcaption>{t('dashboard.chartTrend')}</figcaption>
          <EChart option={charts.trend} ariaLabel={t('dashboard.chartTrend')} />
        </figure>
        <figure className="chart-card">
          <figcaption>{t('dashboard.chartTopParks')}</figcaption>
          <EChart
            option={charts.topParks}
            ariaLabel={t('dashboard.chartTopParks')}
            height={320}
            onClickName={openParkRows}
          />
          <p className="chart-hint">{t('dashboard.chartRowsHint')}</p>
        </figure>
        {charts.byStreet && (
          <figure className="chart-card">
            <figcaption>{t('dashboard.chartByStreet')}</figcaption>
            <EChart
              option={charts.byStreet}
              ariaLabel={t('dashboard.chartByStreet')}
              height={360}
              onClickName={openStreetRows}
            />
            <p className="chart-hint">{t('dashboard.chartRowsHint')}</p>
          </figure>
        )}
      </div>
    </div>
  );
}

function Growth({
  figure,
  label,
  muted = false,
  plain = false,
}: {
  figure: Figure;
  label: string;
  muted?: boolean;
  /** A share rather than a growth rate: no sign, no colour. */
  plain?: boolean;
}) {
  const text = plain ? `${formatFigure(figure, 'zh').value}%` : formatGrowth(figure);
  const tone = plain || figure.value === null ? '' : figure.value >= 0 ? 'up' : 'down';
  return (
    <p className={`figure-growth ${tone} ${muted ? 'muted' : ''}`}>
      <span>{label}</span> <strong>{figure.value === null ? '—' : text}</strong>
    </p>
  );
}
