import { describe, expect, it, vi } from 'vitest';
import type { BackupDocument } from '../../shared/backup/backup-file';
import type { WriteBackupRequest, WrittenBackup } from '../../shared/desktop/desktop-api';
import type { SnapshotInfo } from '../db/stored-rows';
import { desktopSnapshotSink, writeDailyBackup } from './desktop-backups';

const written: WrittenBackup = {
  fileName: 'park-ledger-backup-2026-11-27T01-00-00-000Z-daily.json',
  kind: 'daily',
  createdAt: '2026-11-27T01:00:00.000Z',
  sizeBytes: 2,
  sha256: 'ab',
  removedByRotation: [],
};

function fakeDesktop(outcome: Promise<WrittenBackup> = Promise.resolve(written)) {
  const requests: WriteBackupRequest[] = [];
  return {
    requests,
    desktop: {
      writeBackup: (request: WriteBackupRequest) => {
        requests.push(request);
        return outcome;
      },
    },
  };
}

const snapshot = (kind: SnapshotInfo['kind']): SnapshotInfo => ({
  id: 'snapshot-1',
  takenAt: '2026-11-27T09:00:00+08:00',
  kind,
  label: { zh: '导入前', en: 'Before import' },
  approxBytes: 10,
  schemaVersion: 2,
});

const document = { format: 'park-ledger-backup', schemaVersion: 2 } as unknown as BackupDocument;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the registry’s backups on the desktop’s disk', () => {
  it('writes each automatic snapshot to the backup folder with its kind', () => {
    const { desktop, requests } = fakeDesktop();
    const sink = desktopSnapshotSink(desktop, vi.fn());
    sink?.(snapshot('before-import'), document);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.kind).toBe('before-import');
    expect(JSON.parse(decode(requests[0]?.bytes ?? new Uint8Array()))).toEqual(document);
  });

  it('has no sink in the browser, which has no backup folder', () => {
    expect(desktopSnapshotSink(undefined, vi.fn())).toBeUndefined();
  });

  it('reports a write that failed, such as a share that is down', async () => {
    const failure = new Error('备份文件夹无法访问');
    const { desktop } = fakeDesktop(Promise.reject(failure));
    const onFailure = vi.fn();
    desktopSnapshotSink(desktop, onFailure)?.(snapshot('before-restore'), document);
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledWith(failure));
  });

  it('writes the registry’s export as the daily backup', async () => {
    const { desktop, requests } = fakeDesktop();
    await expect(
      writeDailyBackup(desktop, () => Promise.resolve({ text: '{"format":"park-ledger-backup"}' })),
    ).resolves.toEqual(written);
    expect(requests.map((r) => [r.kind, decode(r.bytes)])).toEqual([
      ['daily', '{"format":"park-ledger-backup"}'],
    ]);
  });
});
