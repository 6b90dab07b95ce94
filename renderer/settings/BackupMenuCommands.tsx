/**
 * 文件 → 备份… and 从备份恢复… on the desktop: the same actions as the settings page's buttons,
 * run from any section, with their outcome shown until dismissed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../app/format-figure';
import { toRegistryError } from '../db/registry-error';
import { useMenuCommand } from '../platform/use-menu-command';
import { useBackupActions } from './use-backup-actions';

export function BackupMenuCommands() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { exportBackup, restoreBackup } = useBackupActions();
  const [outcome, setOutcome] = useState<string | null>(null);

  const run = async (action: () => Promise<string | null>) => {
    setOutcome(t('settings.working'));
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome(t('settings.failed', { message: toRegistryError(error).text[language] }));
    }
  };
  useMenuCommand('backup', () => void run(exportBackup));
  useMenuCommand('restore', () => void run(restoreBackup));

  if (outcome === null) return null;
  return (
    <div className="menu-command-outcome" role="status">
      <p>{outcome}</p>
      <button type="button" onClick={() => setOutcome(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
