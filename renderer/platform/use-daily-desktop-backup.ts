import { writeDailyBackup } from './desktop-backups';
import { getPlatform } from './platform';
import { useMenuCommand } from './use-menu-command';

/**
 * Mount once (in the app shell) to answer the desktop's daily backup request with the registry's
 * export, e.g. `useDailyDesktopBackup(() => getRegistry().backups.exportBackup(), showError)`.
 * In the browser the request never comes.
 */
export function useDailyDesktopBackup(
  exportBackup: () => Promise<{ readonly text: string }>,
  onFailure: (error: unknown) => void,
): void {
  useMenuCommand('dailyBackupDue', () => {
    writeDailyBackup(getPlatform(), exportBackup).catch(onFailure);
  });
}
