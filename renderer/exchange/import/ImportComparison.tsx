import { useTranslation } from 'react-i18next';
import type {
  RowOutcome,
  RowStatus,
  SheetImportPlan,
} from '../../../shared/exchange/matching/sheet-import-plan';
import { formatMoney } from '../../../shared/money/money';
import { languageOf, type Language } from '../../app/format-figure';

interface Props {
  readonly plans: readonly SheetImportPlan[];
  readonly onConfirm: (sheetName: string, rowNumbers: readonly number[]) => void;
}

const shownStatuses: readonly RowStatus[] = [
  'new',
  'changed',
  'unchanged',
  'unmatched',
  'move',
  'blocked',
];

/** At most this many lines of detail per sheet: a long list is read in 变更记录 afterwards. */
const detailLimit = 200;

function valueText(field: string, value: unknown, language: Language, blank: string): string {
  if (value === undefined || value === null || value === '') return blank;
  if (typeof value === 'number') {
    return field.endsWith('Yuan')
      ? formatMoney(value, { unit: 'wan-yuan', withUnit: language })
      : value.toLocaleString('en-US');
  }
  if (typeof value === 'boolean') return language === 'zh' ? (value ? '是' : '否') : String(value);
  if (Array.isArray(value))
    return value.map((item) => valueText(field, item, language, blank)).join('、');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${valueText(field, item, language, blank)}`)
      .join('，');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function SheetComparison({
  plan,
  onConfirm,
}: { plan: SheetImportPlan } & Pick<Props, 'onConfirm'>) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const blank = t('exchangeImport.summary.empty');
  const nameOf = (row: RowOutcome) => row.match?.recordName ?? '';
  const changed = plan.rows.filter((row) => row.status === 'changed' || row.status === 'move');
  const moves = plan.rows.filter((row) => row.move !== undefined);
  const notes = plan.rows.filter((row) => row.note !== undefined);
  const awaiting = plan.rows.filter((row) => row.match?.needsConfirmation === true);
  return (
    <section className="import-sheet-comparison" aria-label={plan.sheetName}>
      <h3>{plan.sheetName}</h3>
      <ul className="import-counts">
        {shownStatuses
          .filter(
            (status) =>
              plan.counts[status] > 0 ||
              ['new', 'changed', 'unchanged', 'unmatched', 'move'].includes(status),
          )
          .map((status) => (
            <li key={status} className={`count-${status}`}>
              <span>{t(`exchangeImport.summary.${status}`)}</span>
              <strong>{plan.counts[status].toLocaleString('en-US')}</strong>
            </li>
          ))}
      </ul>
      {changed.length > 0 && (
        <ul className="import-changes">
          {changed.slice(0, detailLimit).flatMap((row) =>
            row.changes.map((change) => (
              <li
                key={`${String(row.rowNumber)}-${change.field}`}
                className={change.applied ? '' : 'kept'}
              >
                {t('exchangeImport.summary.changeLine', {
                  row: row.rowNumber,
                  name: nameOf(row),
                  field: change.label[language],
                  before: valueText(change.field, change.before, language, blank),
                  after: valueText(change.field, change.after, language, blank),
                })}
                {!change.applied && ` ${t('exchangeImport.summary.kept')}`}
              </li>
            )),
          )}
        </ul>
      )}
      {moves.length > 0 && (
        <ul className="import-moves">
          {moves.slice(0, detailLimit).map((row) => (
            <li key={row.rowNumber}>
              {t('exchangeImport.summary.moveLine', {
                row: row.rowNumber,
                name: nameOf(row),
                from:
                  row.move === undefined || row.move.from.length === 0
                    ? t('exchangeImport.summary.fromNowhere')
                    : row.move.from.join('、'),
                to: row.move?.to ?? '',
              })}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className="import-notes">
          {notes.slice(0, detailLimit).map((row) => (
            <li key={row.rowNumber}>
              {t('exchangeImport.summary.noteLine', {
                row: row.rowNumber,
                note: row.note?.[language] ?? '',
              })}
              {row.match?.needsConfirmation === true && (
                <button
                  type="button"
                  onClick={() => {
                    onConfirm(plan.sheetName, [row.rowNumber]);
                  }}
                >
                  {t('exchangeImport.summary.confirm')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {awaiting.length > 1 && (
        <button
          type="button"
          onClick={() => {
            onConfirm(
              plan.sheetName,
              awaiting.map((row) => row.rowNumber),
            );
          }}
        >
          {t('exchangeImport.summary.confirmAll')}
        </button>
      )}
    </section>
  );
}

/** What the import will do, sheet by sheet: counts, old → new per cell, moves, what is left out. */
export function ImportComparison({ plans, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <div className="import-comparison">
      <h2>{t('exchangeImport.summary.title')}</h2>
      {plans.map((plan) => (
        <SheetComparison key={plan.sheetName} plan={plan} onConfirm={onConfirm} />
      ))}
    </div>
  );
}
