/**
 * Undo and redo through the registry, with what to tell the user: the change set undone or
 * redone by its label, or the registry's reason for refusing and, when later changes stand in
 * the way, how many there are.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet } from '../../shared/history/change-set';
import type { RevertDirection } from '../../shared/history/undo-plan';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';

export type RevertOutcome =
  | { readonly ok: true; readonly direction: RevertDirection; readonly changeSet: ChangeSet }
  | { readonly ok: false; readonly message: string; readonly wayOut?: string };

/** Change sets done after `target` that are still applied: what blocks undoing it. */
export function laterApplied(target: ChangeSet, changeSets: readonly ChangeSet[]): number {
  return changeSets.filter(
    (other) =>
      other.seq !== target.seq && other.status === 'applied' && other.revision > target.revision,
  ).length;
}

export function useRevert() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  return useCallback(
    async (
      direction: RevertDirection,
      target?: ChangeSet,
      known: readonly ChangeSet[] = [],
    ): Promise<RevertOutcome> => {
      try {
        const changeSet =
          direction === 'undo'
            ? await registry.history.undo(target?.seq)
            : await registry.history.redo(target?.seq);
        return { ok: true, direction, changeSet };
      } catch (error) {
        const registryError = toRegistryError(error);
        const later = target === undefined ? 0 : laterApplied(target, known);
        return {
          ok: false,
          message: registryError.text[language],
          ...(registryError.code === 'revert-conflict' && later > 0
            ? { wayOut: t('history.toast.wayOut', { count: later }) }
            : {}),
        };
      }
    },
    [registry, language, t],
  );
}
