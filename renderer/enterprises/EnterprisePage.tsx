/**
 * One enterprise (#/enterprises/<id>): its profile edited in place, where it has been housed,
 * its reports, its financing and every change made to its record.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { financingKindLabels } from '../../shared/financing/financing';
import { formatMoney } from '../../shared/money/money';
import { periodLabel } from '../../shared/periods/period';
import { reportFigureLabels } from '../../shared/reports/report-figure-labels';
import { figureDisplayText, reportFigureKinds } from '../../shared/reports/report-figure-text';
import { reportFigureFields, type ReportFigureField } from '../../shared/reports/revenue-report';
import { isTenantOn } from '../../shared/tenancies/tenancy';
import { languageOf } from '../app/format-figure';
import { SectionIntro } from '../app/SectionIntro';
import { hashForSection } from '../app/sections';
import { localToday } from '../dates/local-today';
import {
  useEnterprise,
  useEnterpriseFinancings,
  useEnterpriseReports,
  useEnterpriseTenancies,
  useParks,
} from '../db/hooks';
import { RecordHistory } from '../history/RecordHistory';
import { RecordPanel } from '../records/RecordPanel';
import { EnterpriseProfile } from './EnterpriseProfile';
// The record page's layout (panels, profile list and form, tables) is the park page's.
import '../parks/parks.css';
import './enterprise-page.css';

const listHash = hashForSection('enterprises');

export function EnterprisePage({ enterpriseId }: { enterpriseId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const enterprise = useEnterprise(enterpriseId);
  const tenancies = useEnterpriseTenancies(enterpriseId);
  const reports = useEnterpriseReports(enterpriseId);
  const financings = useEnterpriseFinancings(enterpriseId);
  const parks = useParks();
  const today = localToday();

  const parkNames = useMemo(
    () => new Map((parks ?? []).map((park) => [park.id, park.name])),
    [parks],
  );
  const stays = useMemo(
    () =>
      [...(tenancies ?? [])].sort((a, b) => (b.movedInOn ?? '').localeCompare(a.movedInOn ?? '')),
    [tenancies],
  );
  const periods = useMemo(
    () => [...(reports ?? [])].sort((a, b) => b.period.localeCompare(a.period)),
    [reports],
  );
  const dated = useMemo(
    () => [...(financings ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
    [financings],
  );

  const back = (
    <p className="entry-back">
      <a href={listHash}>{t('enterprises.page.back')}</a>
    </p>
  );
  if (enterprise === undefined) {
    return (
      <>
        {back}
        {/* Undefined while loading too: say so only once the parks (read alongside) are in. */}
        {parks !== undefined && <p>{t('enterprises.page.notFound')}</p>}
      </>
    );
  }

  const housing = stays.filter((stay) => isTenantOn(stay, today));
  const where =
    housing.length === 0
      ? t('enterprises.page.nowhere')
      : t('enterprises.page.housedIn', {
          park: housing.map((stay) => parkNames.get(stay.parkId) ?? stay.parkId).join('、'),
        });
  const unitOf = (field: ReportFigureField) => {
    const kind = reportFigureKinds[field];
    if (kind === 'money') return `（${t('enterprises.page.unitWan')}）`;
    return kind === 'count' ? `（${t('enterprises.page.unitPeople')}）` : '';
  };

  return (
    <div className="enterprise-page-wrap">
      {back}
      <SectionIntro
        title={enterprise.name}
        lead={t('enterprises.page.lead', { creditCode: enterprise.creditCode, where })}
      />
      <div className="park-page enterprise-page">
        <div>
          <EnterpriseProfile enterprise={enterprise} />
          <section className="panel">
            <RecordHistory table="enterprises" id={enterprise.id} />
          </section>
        </div>
        <div>
          <RecordPanel
            title={t('enterprises.page.tenancies', { count: stays.length })}
            empty={
              tenancies !== undefined && stays.length === 0
                ? t('enterprises.page.tenanciesEmpty')
                : undefined
            }
          >
            <table className="simple-table">
              <thead>
                <tr>
                  <th>{t('enterprises.page.tenancyColumn.park')}</th>
                  <th>{t('enterprises.page.tenancyColumn.room')}</th>
                  <th className="number">{t('enterprises.page.tenancyColumn.area')}</th>
                  <th>{t('enterprises.page.tenancyColumn.movedIn')}</th>
                  <th>{t('enterprises.page.tenancyColumn.movedOut')}</th>
                  <th>{t('enterprises.page.tenancyColumn.state')}</th>
                </tr>
              </thead>
              <tbody>
                {stays.map((stay) => {
                  const state = isTenantOn(stay, today)
                    ? 'inPark'
                    : stay.movedInOn !== undefined && stay.movedInOn > today
                      ? 'notYet'
                      : 'movedOut';
                  return (
                    <tr key={stay.id} className={state === 'inPark' ? 'current' : undefined}>
                      <td>
                        <a href={hashForSection('parks', stay.parkId)}>
                          {parkNames.get(stay.parkId) ?? stay.parkId}
                        </a>
                      </td>
                      <td>{[stay.building, stay.room].filter(Boolean).join(' ')}</td>
                      <td className="number">
                        {stay.leasedAreaSqm?.toLocaleString('en-US') ?? ''}
                      </td>
                      <td>{stay.movedInOn ?? ''}</td>
                      <td>{stay.movedOutOn ?? ''}</td>
                      <td>{t(`enterprises.page.${state}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </RecordPanel>
          <RecordPanel
            title={t('enterprises.page.reports', { count: periods.length })}
            empty={
              reports !== undefined && periods.length === 0
                ? t('enterprises.page.reportsEmpty')
                : undefined
            }
          >
            <div className="table-scroll">
              <table className="simple-table report-table">
                <thead>
                  <tr>
                    <th>{t('enterprises.page.period')}</th>
                    {reportFigureFields.map((field) => (
                      <th key={field} className="number">
                        {reportFigureLabels[field][language]}
                        {unitOf(field)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {periods.map((report) => (
                    <tr key={report.period}>
                      <th scope="row">{periodLabel(report.period)[language]}</th>
                      {reportFigureFields.map((field) => (
                        <td key={field} className="number">
                          {figureDisplayText(field, report[field]) || t('enterprises.page.none')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </RecordPanel>
          <RecordPanel
            title={t('enterprises.page.financings', { count: dated.length })}
            empty={
              financings !== undefined && dated.length === 0
                ? t('enterprises.page.financingsEmpty')
                : undefined
            }
          >
            <table className="simple-table">
              <thead>
                <tr>
                  <th>{t('enterprises.page.financingColumn.date')}</th>
                  <th>{t('enterprises.page.financingColumn.kind')}</th>
                  <th>{t('enterprises.page.financingColumn.lender')}</th>
                  <th className="number">{t('enterprises.page.financingColumn.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {dated.map((financing) => (
                  <tr key={financing.id}>
                    <td>{financing.date}</td>
                    <td>{financingKindLabels[financing.kind][language]}</td>
                    <td>{financing.lender}</td>
                    <td className="number">
                      {formatMoney(financing.amountYuan, { unit: 'wan-yuan' })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </RecordPanel>
        </div>
      </div>
    </div>
  );
}
