import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/text/localized-text';
import { EmptySection } from '../app/EmptySection';
import { languageOf } from '../app/format-figure';
import { SectionIntro } from '../app/SectionIntro';
import { useRoutePath, useRouteQuery } from '../app/use-section';
import { localToday } from '../dates/local-today';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { exportEnterpriseRows } from '../exchange/export/export-files';
import { inBothLanguages } from '../i18n/in-both-languages';
import { useRegistryView } from '../registry-view/use-registry-view';
import { BulkEdit } from './BulkEdit';
import { parseFieldValue, withFieldValue, type EditableField } from './enterprise-edits';
import { keptEnterpriseRows, type EnterpriseRow } from './enterprise-rows';
import { EnterprisePage } from './EnterprisePage';
import { enterpriseIdsBehind, figureRowsFromQuery } from './figure-rows';
import { FigureRowsNote } from './FigureRowsNote';
import { EnterprisesGrid } from './EnterprisesGrid';
import {
  EnterpriseEntryPage,
  NewEnterpriseButton,
  newEnterprisePath,
} from './entry/EnterpriseEntryPage';

/** A status quoting what went wrong, in both languages, so that it follows a language switch. */
function problemStatus(
  problem: LocalizedText,
  key: 'enterprises.problem' | 'enterprises.exportFailed' = 'enterprises.problem',
): LocalizedText {
  return inBothLanguages((fixed, lang) => fixed(key, { message: problem[lang] }));
}

export function EnterprisesPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const view = useRegistryView();
  const [path, go] = useRoutePath();
  const query = useRouteQuery();
  const behind = useMemo(() => figureRowsFromQuery(query), [query]);
  const [selected, setSelected] = useState<readonly EnterpriseRow[]>([]);
  const [status, setStatus] = useState<LocalizedText | null>(null);
  const latestPeriod = view?.periods[0];
  const rows = useMemo(
    () =>
      view === undefined
        ? undefined
        : keptEnterpriseRows(view.records, latestPeriod, localToday(), language),
    [view, latestPeriod, language],
  );
  const openEnterprise = useCallback((row: EnterpriseRow) => go('enterprises', row.id), [go]);

  // Opened from a figure of the overview: only the enterprises that figure counts.
  const shownRows = useMemo(() => {
    if (rows === undefined || view === undefined || behind === undefined) return rows;
    const ids = enterpriseIdsBehind(view.records, behind);
    return rows.filter((row) => ids.has(row.id));
  }, [rows, view, behind]);

  const editCell = useCallback(
    (row: EnterpriseRow, field: EditableField, value: unknown) => {
      const parsed = parseFieldValue(
        field,
        typeof value === 'boolean' ? value : typeof value === 'string' ? value : '',
      );
      if (!parsed.ok) {
        setStatus(problemStatus(parsed.problem));
        return;
      }
      void (async () => {
        try {
          const enterprise = await registry.enterprises.get(row.id);
          if (enterprise === undefined) return;
          await registry.enterprises.save(withFieldValue(enterprise, parsed.value), {
            expectedVersion: enterprise.version,
          });
          setStatus(
            inBothLanguages((fixed) =>
              fixed('enterprises.saved', {
                name: row.name,
                field: fixed(`enterprises.editableField.${field}`),
              }),
            ),
          );
        } catch (error) {
          setStatus(problemStatus(toRegistryError(error).text));
        }
      })();
    },
    [registry],
  );

  const applyBulk = (field: EditableField, raw: string) => {
    const parsed = parseFieldValue(field, raw);
    if (!parsed.ok) {
      setStatus(problemStatus(parsed.problem));
      return;
    }
    const count = selected.length;
    const inField = (key: 'enterprises.bulkLabel' | 'enterprises.bulkDone') =>
      inBothLanguages((fixed) =>
        fixed(key, { count, field: fixed(`enterprises.editableField.${field}`) }),
      );
    void (async () => {
      try {
        const plan = registry.plan({ kind: 'manual-edit' }, inField('enterprises.bulkLabel'));
        for (const row of selected) {
          const enterprise = await registry.enterprises.get(row.id);
          if (enterprise !== undefined) {
            plan.save('enterprises', withFieldValue(enterprise, parsed.value), {
              expectedVersion: enterprise.version,
            });
          }
        }
        const changeSet = await registry.commit(plan);
        setStatus(
          changeSet === undefined
            ? inBothLanguages((fixed) => fixed('enterprises.unchanged'))
            : inField('enterprises.bulkDone'),
        );
      } catch (error) {
        setStatus(problemStatus(toRegistryError(error).text));
      }
    })();
  };

  const exportView = (shown: readonly EnterpriseRow[]) => {
    if (view === undefined) return;
    const byId = new Map(view.records.enterprises.map((enterprise) => [enterprise.id, enterprise]));
    const enterprises = shown.flatMap((row) => byId.get(row.id) ?? []);
    setStatus(
      inBothLanguages((fixed) => fixed('enterprises.exporting', { count: enterprises.length })),
    );
    void (async () => {
      try {
        const outcome = await exportEnterpriseRows(enterprises);
        setStatus(
          inBothLanguages((fixed) =>
            outcome.kind === 'saved'
              ? fixed('enterprises.exported', { count: outcome.records, file: outcome.savedAs })
              : fixed('enterprises.exportCancelled'),
          ),
        );
      } catch (error) {
        setStatus(problemStatus(toRegistryError(error).text, 'enterprises.exportFailed'));
      }
    })();
  };

  if (path[0] === newEnterprisePath) return <EnterpriseEntryPage parkId={path[1]} />;
  if (path[0] !== undefined && path[0] !== '') return <EnterprisePage enterpriseId={path[0]} />;
  const newEnterprise = (
    <p className="section-actions">
      <NewEnterpriseButton />
    </p>
  );
  if (rows === undefined || shownRows === undefined) {
    return (
      <>
        <SectionIntro title={t('section.enterprises.title')} lead={t('section.enterprises.lead')} />
        {newEnterprise}
      </>
    );
  }
  if (rows.length === 0) {
    return (
      <>
        <EmptySection id="enterprises" />
        {newEnterprise}
      </>
    );
  }
  return (
    <div className="enterprises-list">
      <SectionIntro title={t('section.enterprises.title')} lead={t('section.enterprises.lead')} />
      {newEnterprise}
      {behind !== undefined && view !== undefined && (
        <FigureRowsNote rows={behind} count={shownRows.length} parks={view.records.parks} />
      )}
      <EnterprisesGrid
        rows={shownRows}
        latestPeriod={latestPeriod}
        onEditCell={editCell}
        onOpen={openEnterprise}
        onSelectionChange={setSelected}
        selectionActions={<BulkEdit count={selected.length} onApply={applyBulk} />}
        onExportView={exportView}
        status={status}
        onStatus={setStatus}
      />
    </div>
  );
}
