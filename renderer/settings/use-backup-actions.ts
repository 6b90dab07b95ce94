/**
 * 导出备份 and 从备份恢复, as the settings page's buttons and the desktop's 文件 menu both run
 * them. Each returns what to tell the user, or null when the user cancelled a dialog.
 */
import { useTranslation } from 'react-i18next';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { getPlatform } from '../platform/platform';

const backupFilters = [{ name: 'Park Ledger backup', extensions: ['json'] }];

export interface BackupActions {
  readonly exportBackup: () => Promise<string | null>;
  readonly restoreBackup: () => Promise<string | null>;
}

export function useBackupActions(): BackupActions {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();

  const exportBackup = async () => {
    const backup = await registry.backups.exportBackup();
    const saved = await getPlatform().saveFile({
      suggestedName: backup.fileName,
      bytes: new TextEncoder().encode(backup.text),
      filters: backupFilters,
    });
    return saved === null ? null : t('settings.exported', { name: saved.savedAs });
  };

  const restoreBackup = async () => {
    const file = await getPlatform().openFile({ filters: backupFilters });
    if (file === null) return null;
    const reading = registry.backups.readFile(new TextDecoder().decode(file.bytes));
    if (!reading.ok) {
      return t('settings.invalidBackup', { summary: reading.report.summary[language] });
    }
    const confirmed = window.confirm(
      t('settings.restoreConfirm', { name: file.name, summary: reading.report.summary[language] }),
    );
    if (!confirmed) return null;
    await registry.backups.restore(reading.backup, { fileName: file.name });
    return t('settings.restored');
  };

  return { exportBackup, restoreBackup };
}
