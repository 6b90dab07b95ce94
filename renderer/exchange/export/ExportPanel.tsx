import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Park } from '../../../shared/parks/park';
import { periodLabel, type Period } from '../../../shared/periods/period';
import { useCultivationPlans } from '../../db/hooks';
import { useRegistryView } from '../../registry-view/use-registry-view';
import { useMenuCommand } from '../../platform/use-menu-command';
import { useMyParks } from '../../settings/my-parks';
import {
  fillOfficeTemplate,
  saveFilledTemplate,
  districtIndicatorsExport,
  parkReportExport,
  registryExport,
  revenueFormExport,
  saveExport,
  type ExportFile,
} from './export-files';
import './export-panel.css';

type ExportKind = 'registry' | 'parkReport' | 'indicators' | 'revenueForm' | 'template';

type Status =
  | { readonly kind: 'working'; readonly name: string }
  | {
      readonly kind: 'saved';
      readonly path: string;
      readonly records: number;
      readonly indicators: boolean;
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'unfilled'; readonly path: string; readonly headers: string }
  | { readonly kind: 'templateFailed'; readonly message: string };

/** Lets the status line paint before a long synchronous build starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function byName(a: Park, b: Park): number {
  return a.name.localeCompare(b.name, 'zh-CN');
}

export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const view = useRegistryView();
  const plans = useCultivationPlans();
  const myParks = useMyParks();
  const parks = useMemo(() => [...(view?.records.parks ?? [])].sort(byName), [view]);
  const [chosenPeriod, setChosenPeriod] = useState<Period | null | undefined>(undefined);
  const [chosenPark, setChosenPark] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'zh';

  const period = chosenPeriod === undefined ? (view?.periods[0] ?? null) : chosenPeriod;
  const parkId = chosenPark ?? parks.find((park) => myParks.includes(park.id))?.id ?? parks[0]?.id;
  const park = parks.find((candidate) => candidate.id === parkId);
  const busy = status?.kind === 'working';

  const fillTemplate = async (): Promise<Status> => {
    if (view === undefined || park === undefined || period === null) {
      return { kind: 'failed', message: t('exchangeExport.needsPeriod') };
    }
    const picked = await fillOfficeTemplate(view.records, park, period);
    if (picked === null) return { kind: 'cancelled' };
    const { result, templateName } = picked;
    if (!result.ok) return { kind: 'templateFailed', message: result.error[language] };
    const outcome = await saveFilledTemplate(result.fill, templateName, park, period);
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
    if (result.fill.unfilledHeaders.length > 0) {
      return {
        kind: 'unfilled',
        path: outcome.savedAs,
        headers: result.fill.unfilledHeaders.join('、'),
      };
    }
    return { kind: 'saved', path: outcome.savedAs, records: outcome.records, indicators: false };
  };

  const fileFor = (kind: Exclude<ExportKind, 'template'>): ExportFile | null => {
    if (view === undefined) return null;
    switch (kind) {
      case 'registry':
        return registryExport(view.records, plans ?? [], period);
      case 'parkReport':
        return park === undefined
          ? null
          : parkReportExport(view.records, plans ?? [], park, period);
      case 'indicators':
        return period === null ? null : districtIndicatorsExport(view.records, period);
      case 'revenueForm':
        return park === undefined || period === null
          ? null
          : revenueFormExport(view.records, park, period);
    }
  };

  const run = async (kind: ExportKind) => {
    setStatus({ kind: 'working', name: t(`exchangeExport.${kind}.action`) });
    await nextFrame();
    try {
      if (kind === 'template') {
        setStatus(await fillTemplate());
        return;
      }
      const file = fileFor(kind);
      if (file === null) {
        setStatus({ kind: 'failed', message: t('exchangeExport.needsPeriod') });
        return;
      }
      const outcome = await saveExport(file);
      setStatus(
        outcome.kind === 'cancelled'
          ? { kind: 'cancelled' }
          : {
              kind: 'saved',
              path: outcome.savedAs,
              records: outcome.records,
              indicators: kind === 'indicators',
            },
      );
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const actions: readonly { kind: ExportKind; disabled: boolean }[] = [
    { kind: 'registry', disabled: false },
    { kind: 'parkReport', disabled: park === undefined },
    { kind: 'indicators', disabled: period === null },
    { kind: 'revenueForm', disabled: park === undefined || period === null },
    { kind: 'template', disabled: park === undefined || period === null },
  ];

  // 文件 → 导出… brings the user here: the choices are the panel's, so it shows them and waits.
  const title = useRef<HTMLHeadingElement>(null);
  useMenuCommand('export', () => {
    title.current?.scrollIntoView({ block: 'start' });
    title.current?.focus();
  });

  return (
    <section className="export-panel card" aria-labelledby="export-panel-title">
      <h2 id="export-panel-title" ref={title} tabIndex={-1}>
        {t('exchangeExport.title')}
      </h2>
      <p className="export-lead">{t('exchangeExport.lead')}</p>
      {view === undefined ? (
        <p role="status">{t('exchangeExport.loading')}</p>
      ) : parks.length === 0 ? (
        <p className="note">{t('exchangeExport.empty')}</p>
      ) : (
        <>
          <div className="export-choices">
            <label>
              {t('exchangeExport.period')}
              <select
                value={period ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  setChosenPeriod(value === '' ? null : (value as Period));
                }}
              >
                {view.periods.map((option) => (
                  <option key={option} value={option}>
                    {periodLabel(option)[language]}
                  </option>
                ))}
                <option value="">{t('exchangeExport.noPeriod')}</option>
              </select>
            </label>
            <label>
              {t('exchangeExport.park')}
              <select
                value={parkId ?? ''}
                onChange={(event) => {
                  setChosenPark(event.target.value);
                }}
              >
                {parks.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul className="export-actions">
            {actions.map(({ kind, disabled }) => (
              <li key={kind}>
                <button
                  type="button"
                  className={kind === 'registry' ? 'primary' : undefined}
                  disabled={disabled || busy}
                  onClick={() => void run(kind)}
                >
                  {t(`exchangeExport.${kind}.action`)}
                </button>
                <span className="export-detail">{t(`exchangeExport.${kind}.detail`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {status !== null && (
        <p
          className={
            status.kind === 'failed' || status.kind === 'templateFailed'
              ? 'outcome error'
              : 'outcome'
          }
          role="status"
        >
          {status.kind === 'working' && t('exchangeExport.working', { name: status.name })}
          {status.kind === 'saved' &&
            (status.indicators
              ? t('exchangeExport.savedIndicators', { path: status.path })
              : t('exchangeExport.saved', {
                  path: status.path,
                  records: status.records.toLocaleString('en-US'),
                }))}
          {status.kind === 'cancelled' && t('exchangeExport.cancelled')}
          {status.kind === 'unfilled' &&
            t('exchangeExport.template.unfilled', { path: status.path, headers: status.headers })}
          {status.kind === 'templateFailed' &&
            t('exchangeExport.template.failed', { message: status.message })}
          {status.kind === 'failed' && t('exchangeExport.failed', { message: status.message })}
        </p>
      )}
    </section>
  );
}
