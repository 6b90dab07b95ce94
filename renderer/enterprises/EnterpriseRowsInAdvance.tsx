/**
 * Builds the enterprises grid's rows and their 拼音 initials while the app is idle, once the
 * registry is read and after each change, so that opening 企业 finds them ready instead of
 * building 17,000 rows on the click. Renders nothing.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../app/format-figure';
import { localToday } from '../dates/local-today';
import { useRegistryView } from '../registry-view/use-registry-view';
import { keptEnterpriseRows } from './enterprise-rows';
import { convertNameInitials } from './use-name-initials';

export function EnterpriseRowsInAdvance() {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const view = useRegistryView();
  useEffect(() => {
    if (view === undefined) return;
    const idle = requestIdleCallback(() => {
      const rows = keptEnterpriseRows(view.records, view.periods[0], localToday(), language);
      convertNameInitials(rows).catch(() => {
        // The grid asks again when it opens.
      });
    });
    return () => {
      cancelIdleCallback(idle);
    };
  }, [view, language]);
  return null;
}
