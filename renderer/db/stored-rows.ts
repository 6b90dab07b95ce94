/**
 * Rows of the registry's own bookkeeping tables (not registry content): snapshots, the
 * revision counter and the figures kept for the next start.
 */
import type { DashboardOpening } from '../../shared/indicators/dashboard-figures';
import type { BackupKind } from '../../shared/backup/rotation';
import type { BackupDocument } from '../../shared/backup/backup-file';
import type { LocalizedText } from '../../shared/text/localized-text';

/** An automatic snapshot as listed; its content is in SnapshotData under the same id. */
export interface SnapshotInfo {
  readonly id: string;
  readonly takenAt: string;
  readonly kind: BackupKind;
  readonly label: LocalizedText;
  /** Length of the snapshot as JSON: what it costs in storage, near enough for rotation. */
  readonly approxBytes: number;
  readonly schemaVersion: number;
}

export interface SnapshotData {
  readonly id: string;
  readonly document: BackupDocument;
}

/** Named counters; 'revision' rises with every committed write, undo, redo or restore. */
export interface RegistryStateRow {
  readonly key: string;
  readonly value: number;
}

/**
 * The dashboard's opening figures as last computed from the whole registry: valid only while
 * the registry is at `revision` and the app is the `build` that computed them.
 */
export interface StartFiguresRow {
  readonly key: 'dashboard';
  readonly revision: number;
  readonly build: string;
  readonly opening: DashboardOpening;
}
