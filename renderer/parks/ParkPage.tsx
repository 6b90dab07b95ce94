import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parkEventTypeLabels } from '../../shared/events/park-event';
import { computeIndicatorsFromRecords } from '../../shared/indicators/indicators';
import { fromYuan } from '../../shared/money/money';
import { periodLabel } from '../../shared/periods/period';
import { languageOf } from '../app/format-figure';
import { hashForSection } from '../app/sections';
import { SectionIntro } from '../app/SectionIntro';
import { useRoutePath } from '../app/use-section';
import { EChart } from '../charts/EChart';
import { localToday } from '../dates/local-today';
import { useCultivationPlans, usePark, useParkEvents, useParkTenants } from '../db/hooks';
import { NewEnterpriseButton } from '../enterprises/entry/EnterpriseEntryPage';
import { RecordPanel } from '../records/RecordPanel';
import type { RegistryView } from '../registry-view/use-registry-view';
import { ParkProfile } from './ParkProfile';

/** One park: its profile, its tenants today, its revenue trend, cultivation and events. */
export function ParkPage({ parkId, view }: { parkId: string; view: RegistryView }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [, go] = useRoutePath();
  const park = usePark(parkId);
  const tenants = useParkTenants(parkId, localToday());
  const events = useParkEvents(parkId);
  const plans = useCultivationPlans(parkId);

  const trend = useMemo<EChartsCoreOption>(() => {
    const periods = [...view.periods].reverse().slice(-24);
    const values = periods.map((period) => {
      const figure = computeIndicatorsFromRecords(view.records, { kind: 'park', parkId }, period, {
        population: 'all',
      }).revenue.revenue;
      return figure.value === null
        ? null
        : Math.round(fromYuan(figure.value, 'yi-yuan') * 100) / 100;
    });
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: periods.map((p) => periodLabel(p)[language]),
        axisLabel: { rotate: 35 },
      },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values, barMaxWidth: 18 }],
    };
  }, [view, parkId, language]);

  if (park === undefined) {
    return (
      <>
        <button type="button" className="link-button" onClick={() => go('parks')}>
          {t('parks.back')}
        </button>
        <p>{t('parks.notFound')}</p>
      </>
    );
  }

  return (
    <>
      <button type="button" className="link-button" onClick={() => go('parks')}>
        {t('parks.back')}
      </button>
      <SectionIntro title={park.name} lead={park.themes.join('、')} />
      <div className="park-page">
        <ParkProfile park={park} />
        <div>
          <RecordPanel title={t('parks.trend')}>
            <EChart option={trend} ariaLabel={t('parks.trend')} height={240} />
          </RecordPanel>
          <RecordPanel
            title={t('parks.cultivation')}
            empty={
              plans === undefined || plans.length === 0 ? t('parks.cultivationNone') : undefined
            }
          >
            <button type="button" className="link-button" onClick={() => go('cultivation')}>
              {t('parks.openBoard')}
            </button>
          </RecordPanel>
          <RecordPanel
            title={t('parks.tenants', { count: tenants?.length ?? 0 })}
            action={
              <span className="panel-action">
                <NewEnterpriseButton parkId={parkId} />
              </span>
            }
            empty={tenants?.length === 0 ? t('parks.tenantsEmpty') : undefined}
          >
            <div className="table-scroll">
              <table className="simple-table">
                <thead>
                  <tr>
                    <th>{t('parks.tenantColumn.name')}</th>
                    <th>{t('parks.tenantColumn.creditCode')}</th>
                    <th>{t('parks.tenantColumn.room')}</th>
                    <th>{t('parks.tenantColumn.area')}</th>
                    <th>{t('parks.tenantColumn.movedIn')}</th>
                    <th>{t('parks.tenantColumn.leaseEnds')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(tenants ?? []).map(({ enterprise, tenancy }) => (
                    <tr key={tenancy.id}>
                      <td>
                        <a href={hashForSection('enterprises', enterprise.id)}>{enterprise.name}</a>
                      </td>
                      <td className="mono">{enterprise.creditCode}</td>
                      <td>{[tenancy.building, tenancy.room].filter(Boolean).join(' ')}</td>
                      <td className="number">
                        {tenancy.leasedAreaSqm?.toLocaleString('en-US') ?? ''}
                      </td>
                      <td>{tenancy.movedInOn ?? ''}</td>
                      <td>{tenancy.leaseEndsOn ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </RecordPanel>
          <RecordPanel
            title={t('parks.events', { count: events?.length ?? 0 })}
            empty={events?.length === 0 ? t('parks.eventsEmpty') : undefined}
          >
            <div className="table-scroll">
              <table className="simple-table">
                <thead>
                  <tr>
                    <th>{t('parks.eventColumn.date')}</th>
                    <th>{t('parks.eventColumn.title')}</th>
                    <th>{t('parks.eventColumn.type')}</th>
                    <th>{t('parks.eventColumn.visitors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...(events ?? [])]
                    .sort((a, b) => b.date.localeCompare(a.date))
                    .slice(0, 50)
                    .map((event) => (
                      <tr key={event.id}>
                        <td>{event.date}</td>
                        <td>{event.title}</td>
                        <td>{parkEventTypeLabels[event.type][language]}</td>
                        <td className="number">{event.visitors?.toLocaleString('en-US') ?? ''}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </RecordPanel>
        </div>
      </div>
    </>
  );
}
