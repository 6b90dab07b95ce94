/**
 * A record as a change plan saves it: its content and id, without the bookkeeping (version,
 * updatedAt, deletedAt) the registry sets when it writes.
 */
import type { RecordMeta } from './record-meta';

export type RecordDraft<T extends RecordMeta> = Omit<T, 'version' | 'updatedAt' | 'deletedAt'>;

export function withoutBookkeeping<T extends RecordMeta>(record: T): RecordDraft<T> {
  const draft: Partial<T> = { ...record };
  delete draft.version;
  delete draft.updatedAt;
  delete draft.deletedAt;
  return draft as RecordDraft<T>;
}
