import { useTranslation } from 'react-i18next';
import { useRegistry } from '../db/hooks';
import {
  dismissBackupFailure,
  reportBackupFailure,
  useBackupFailure,
} from '../platform/backup-failures';
import { useDailyDesktopBackup } from '../platform/use-daily-desktop-backup';

/** Answers the desktop's daily backup request and says so when a backup to disk failed. */
export function DesktopBackups() {
  const { t } = useTranslation();
  const registry = useRegistry();
  const failure = useBackupFailure();
  useDailyDesktopBackup(() => registry.backups.exportBackup(), reportBackupFailure);
  if (failure === null) return null;
  return (
    <div className="backup-failure" role="alert">
      <p>{t('app.backupFailed', { message: failure })}</p>
      <button type="button" onClick={dismissBackupFailure}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
