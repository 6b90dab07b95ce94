import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../app/format-bytes';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { getPlatform } from '../platform/platform';
import { ExportPanel } from './export/ExportPanel';

const workbookFilters = [
  { name: 'Excel / WPS / LibreOffice', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'] },
];

type PickOutcome =
  | { kind: 'picked'; name: string; size: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function ExchangePage() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<PickOutcome | null>(null);

  const pick = async () => {
    try {
      const file = await getPlatform().openFile({ filters: workbookFilters });
      setOutcome(
        file === null
          ? { kind: 'cancelled' }
          : { kind: 'picked', name: file.name, size: file.bytes.byteLength },
      );
    } catch (error) {
      setOutcome({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <>
      <SectionIntro title={t('section.exchange.title')} lead={t('section.exchange.lead')} />
      <EmptyState message={t('section.exchange.empty')}>
        <button type="button" className="primary" onClick={() => void pick()}>
          {t('section.exchange.action')}
        </button>
        {outcome && (
          <p className={outcome.kind === 'failed' ? 'outcome error' : 'outcome'} role="status">
            {outcome.kind === 'picked' &&
              t('section.exchange.picked', {
                name: outcome.name,
                size: formatBytes(t, outcome.size),
              })}
            {outcome.kind === 'cancelled' && t('section.exchange.cancelled')}
            {outcome.kind === 'failed' &&
              t('section.exchange.failed', { message: outcome.message })}
          </p>
        )}
      </EmptyState>
      <ExportPanel />
    </>
  );
}
