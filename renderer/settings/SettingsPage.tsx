import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/desktop/desktop-api';
import { formatBytes } from '../app/format-bytes';
import { languageOf } from '../app/format-figure';
import { SectionIntro } from '../app/SectionIntro';
import { useDemoLoaded, useParks, useRegistry, useSnapshots } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { readStorageStatus, type StorageStatus } from '../db/storage';
import { clearDemo, loadDemo } from '../demo/load-demo';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { getPlatform } from '../platform/platform';
import { useMyParks, writeMyParks } from './my-parks';
import { useBackupActions } from './use-backup-actions';
import './settings.css';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const demoLoaded = useDemoLoaded();
  const snapshots = useSnapshots();
  const parks = useParks();
  const myParks = useMyParks();

  useEffect(() => {
    let live = true;
    void getPlatform()
      .appInfo()
      .then((value) => live && setInfo(value));
    void readStorageStatus().then((value) => live && setStorage(value));
    return () => {
      live = false;
    };
  }, [demoLoaded]);

  /** Runs an action with a busy state and says how it ended; a failure changes nothing. */
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setStatus(t('settings.working'));
    try {
      setStatus((await action()) ?? '');
    } catch (error) {
      setStatus(t('settings.failed', { message: toRegistryError(error).text[language] }));
    } finally {
      setBusy(false);
    }
  };

  const backups = useBackupActions();
  const exportBackup = () => run(backups.exportBackup);
  const restoreBackup = () => run(backups.restoreBackup);

  return (
    <>
      <SectionIntro title={t('section.settings.title')} lead={t('section.settings.lead')} />
      <div className="settings">
        <dl className="settings-list">
          <dt>{t('section.settings.language')}</dt>
          <dd>
            <LanguageSwitch />
          </dd>
          <dt>{t('section.settings.environment')}</dt>
          <dd data-testid="environment">
            {info &&
              (info.shell === 'desktop'
                ? t('section.settings.environmentDesktop', {
                    version: info.version,
                    platform: info.platform,
                  })
                : t('section.settings.environmentBrowser', { platform: info.platform }))}
            {info && (
              <p className="note">
                {info.shell === 'desktop'
                  ? t('section.settings.desktopLimits')
                  : t('section.settings.browserLimits')}
              </p>
            )}
          </dd>

          <dt>{t('settings.myParks')}</dt>
          <dd>
            <p className="note">{t('settings.myParksLead')}</p>
            <div className="my-parks" role="group" aria-label={t('settings.myParks')}>
              {(parks ?? []).map((park) => (
                <label key={park.id}>
                  <input
                    type="checkbox"
                    checked={myParks.includes(park.id)}
                    onChange={(event) =>
                      writeMyParks(
                        event.target.checked
                          ? [...myParks, park.id]
                          : myParks.filter((id) => id !== park.id),
                      )
                    }
                  />
                  {park.name}
                </label>
              ))}
            </div>
          </dd>

          <dt>{t('settings.storage')}</dt>
          <dd data-testid="storage">
            {storage && (
              <>
                <p className="plain">
                  {storage.usageBytes !== undefined && storage.quotaBytes !== undefined
                    ? t('settings.storageUse', {
                        usage: formatBytes(t, storage.usageBytes),
                        quota: formatBytes(t, storage.quotaBytes),
                      })
                    : t('settings.storageUnknown')}
                </p>
                <p className="note">{t(`settings.persistence.${storage.persistence}`)}</p>
              </>
            )}
          </dd>

          <dt>{t('settings.demo')}</dt>
          <dd>
            <p className="plain">
              {demoLoaded ? t('settings.demoLoaded') : t('settings.demoAbsent')}
            </p>
            <div className="actions">
              {demoLoaded ? (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    window.confirm(t('settings.clearDemoConfirm')) &&
                    void run(async () => {
                      await clearDemo(registry);
                      return t('settings.demoCleared');
                    })
                  }
                >
                  {t('settings.clearDemo')}
                </button>
              ) : (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      await loadDemo(registry, () => undefined);
                      return t('settings.loadDemoDone');
                    })
                  }
                >
                  {t('settings.loadDemo')}
                </button>
              )}
            </div>
          </dd>

          <dt>{t('settings.backups')}</dt>
          <dd>
            <p className="note">{t('settings.backupsLead')}</p>
            <div className="actions">
              <button type="button" disabled={busy} onClick={() => void exportBackup()}>
                {t('settings.exportBackup')}
              </button>
              <button type="button" disabled={busy} onClick={() => void restoreBackup()}>
                {t('settings.restoreBackup')}
              </button>
            </div>
            <h3>{t('settings.snapshots', { count: snapshots?.length ?? 0 })}</h3>
            {snapshots?.length === 0 ? (
              <p className="note">{t('settings.snapshotsEmpty')}</p>
            ) : (
              <ul className="snapshots">
                {(snapshots ?? []).map((snapshot) => (
                  <li key={snapshot.id}>
                    <span>{snapshot.takenAt.slice(0, 16).replace('T', ' ')}</span>
                    <span>{snapshot.label[language]}</span>
                    <span className="muted">{formatBytes(t, snapshot.approxBytes)}</span>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        window.confirm(
                          t('settings.snapshotConfirm', {
                            label: snapshot.label[language],
                            time: snapshot.takenAt.slice(0, 16).replace('T', ' '),
                          }),
                        ) &&
                        void run(async () => {
                          await registry.backups.restoreSnapshot(snapshot.id);
                          return t('settings.restored');
                        })
                      }
                    >
                      {t('settings.restoreSnapshot')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        {status && (
          <p className="settings-status" role="status">
            {status}
          </p>
        )}
      </div>
    </>
  );
}
