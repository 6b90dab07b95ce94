import { useTranslation } from 'react-i18next';
import { SectionIntro } from '../app/SectionIntro';
import { ConsolidationPanel } from './consolidation/ConsolidationPanel';
import { ExportPanel } from './export/ExportPanel';
import { ImportFlow } from './import/ImportFlow';
import { RoundTripPanel } from './round-trip/RoundTripPanel';

/** 数据交换: the import flow; the round trip, the consolidation and the export sit beside it. */
export function ExchangePage() {
  const { t } = useTranslation();
  return (
    <>
      <SectionIntro title={t('section.exchange.title')} lead={t('section.exchange.lead')} />
      <ImportFlow />
      <RoundTripPanel />
      <ConsolidationPanel />
      <ExportPanel />
    </>
  );
}
