import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../shared/cultivation/cultivation-plan';
import { revenueBaseLabels } from '../../shared/cultivation/cultivation-plan';
import { progressStatusLabels } from '../../shared/cultivation/progress';
import type { IsoDate } from '../../shared/dates/iso-date';
import { figureBasisLabel, type Figure } from '../../shared/indicators/figure';
import { formatMoney } from '../../shared/money/money';
import { cultivationTierLabels } from '../../shared/parks/park';
import { parsePeriod } from '../../shared/periods/period';
import { formatFigure, languageOf, type Language } from '../app/format-figure';
import { EChart } from '../charts/EChart';
import { RecordHistory } from '../history/RecordHistory';
import type { BoardEntry } from './board-entries';
import { forecastChartOption } from './forecast-chart';
import { MilestoneChecklist } from './MilestoneChecklist';

function yiLabel(yuan: number, language: Language): string {
  return formatMoney(yuan, { unit: 'yi-yuan', withUnit: language });
}

function FigureText({ figure, language }: { figure: Figure; language: Language }) {
  const { value, unit } = formatFigure(figure, language);
  return (
    <span className="plan-number" title={figure.unavailableReason?.[language]}>
      {value}
      {unit && <small>{unit === '%' ? unit : ` ${unit}`}</small>}
    </span>
  );
}

/**
 * One park's way to its target: how far it is, how fast it must grow and has grown, its status
 * and why, the forecast, and the milestones to tick.
 */
export function PlanCard({
  entry,
  today,
  busy,
  printing,
  onEdit,
  onPrint,
  onTick,
}: {
  entry: BoardEntry;
  today: IsoDate;
  busy: boolean;
  /** Left out of the print when another park is printed alone. */
  printing: boolean;
  onEdit: () => void;
  onPrint: () => void;
  onTick: (milestone: Milestone, done: boolean) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { plan, park, progress } = entry;
  const name = park?.name ?? t('cultivation.noPark');
  const tier = park?.cultivationTier ?? 'none';
  const share = progress.shareOfTarget.value;
  const month = parsePeriod(progress.latestAnnualRevenue.period)?.month ?? 12;
  const headingId = `plan-${plan.id}`;
  const [showHistory, setShowHistory] = useState(false);

  const chart = useMemo(
    () =>
      forecastChartOption(progress.forecast, plan.targetYuan, {
        actual: t('cultivation.chart.actual'),
        estimate: t('cultivation.chart.estimate'),
        projected: t('cultivation.chart.projected'),
        required: t('cultivation.chart.required'),
        target: t('cultivation.chart.target', { value: yiLabel(plan.targetYuan, language) }),
        unit: t('cultivation.chart.unit'),
      }),
    [progress.forecast, plan.targetYuan, t, language],
  );

  return (
    <article
      className={`plan-card status-${progress.status}`}
      aria-labelledby={headingId}
      data-print={printing ? 'include' : 'exclude'}
    >
      <header className="plan-header">
        <h2 id={headingId}>{name}</h2>
        <span className={`tier-badge tier-${tier}`}>
          {tier === 'none' ? t('cultivation.tierUnset') : cultivationTierLabels[tier][language]}
        </span>
        {plan.demo === true && <span className="demo-badge">{t('cultivation.demo')}</span>}
        <span className={`status-pill ${progress.status}`} data-testid="plan-status">
          {progressStatusLabels[progress.status][language]}
        </span>
        <span className="plan-actions">
          <button type="button" onClick={onEdit}>
            {t('cultivation.card.edit')}
          </button>
          <button
            type="button"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? t('cultivation.card.hideHistory') : t('cultivation.card.history')}
          </button>
          <button type="button" onClick={onPrint}>
            {t('cultivation.printPark')}
          </button>
        </span>
      </header>

      <div className="plan-body">
        <div className="plan-facts">
          <div className="plan-progress">
            <div className="plan-progress-label">
              <span>{t('cultivation.card.progress')}</span>
              <strong data-testid="plan-share">
                <FigureText figure={progress.shareOfTarget} language={language} />
              </strong>
              <span className="plan-muted">
                {t('cultivation.card.progressOf', {
                  target: yiLabel(plan.targetYuan, language),
                  year: plan.targetYear,
                })}
              </span>
            </div>
            <div
              className="progress-track"
              role="progressbar"
              aria-label={t('cultivation.card.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={share === null ? undefined : Math.round(Math.min(share, 100))}
            >
              <div
                className="progress-fill"
                style={{ width: `${Math.max(0, Math.min(share ?? 0, 100))}%` }}
              />
            </div>
          </div>

          <dl className="plan-figures">
            <div>
              <dt>{t('cultivation.card.latest')}</dt>
              <dd>
                <FigureText figure={progress.latestAnnualRevenue} language={language} />
                {progress.isEstimate && (
                  <span
                    className="estimate-badge"
                    title={t('cultivation.card.estimateNote', { month })}
                  >
                    {t('cultivation.card.estimate')} ×12/{month}
                  </span>
                )}
              </dd>
              <dd className="plan-basis">
                {progress.latestYear === null
                  ? '—'
                  : figureBasisLabel(progress.latestAnnualRevenue)[language]}
              </dd>
            </div>
            <div>
              <dt>{t('cultivation.card.required')}</dt>
              <dd data-testid="plan-required">
                <FigureText figure={progress.requiredGrowth} language={language} />
              </dd>
            </div>
            <div>
              <dt>{t('cultivation.card.achieved')}</dt>
              <dd
                data-testid="plan-achieved"
                className={
                  progress.achievedGrowth.value !== null &&
                  progress.requiredGrowth.value !== null &&
                  progress.achievedGrowth.value < progress.requiredGrowth.value
                    ? 'short'
                    : ''
                }
              >
                <FigureText figure={progress.achievedGrowth} language={language} />
              </dd>
            </div>
          </dl>

          <p className={`status-reason ${progress.status}`} data-testid="plan-reason">
            {progress.statusReason[language]}
          </p>

          <p className="plan-basis">
            {t('cultivation.card.base', { base: revenueBaseLabels[plan.revenueBase][language] })}
            {plan.revenueBaseNote !== undefined && <> · {plan.revenueBaseNote}</>}
            {' · '}
            {t('cultivation.card.baseline', {
              year: plan.baselineYear,
              value: yiLabel(plan.baselineYuan, language),
            })}
          </p>

          <section className="plan-milestones" aria-label={t('cultivation.card.milestones')}>
            <h3>{t('cultivation.card.milestones')}</h3>
            <MilestoneChecklist
              key={plan.version}
              plan={plan}
              today={today}
              busy={busy}
              onTick={onTick}
            />
          </section>
        </div>

        <figure className="plan-chart">
          <figcaption>{t('cultivation.card.forecast')}</figcaption>
          <EChart
            option={chart}
            ariaLabel={`${name} ${t('cultivation.card.forecast')}`}
            height={260}
          />
        </figure>
      </div>
      {showHistory && (
        <div className="plan-history">
          <RecordHistory table="cultivationPlans" id={plan.id} />
        </div>
      )}
    </article>
  );
}
