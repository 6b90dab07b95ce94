/**
 * Errors the registry reports to people: each carries a LocalizedText that says what happened,
 * what state the registry is in and what to do. Every failed write has rolled back completely,
 * so the messages can say "nothing was saved" and mean it.
 */
import type { LocalizedText } from '../../shared/text/localized-text';

export type RegistryErrorCode =
  | 'quota-exceeded'
  | 'invalid-record'
  | 'stale-record'
  | 'not-found'
  | 'duplicate-credit-code'
  | 'missing-reference'
  | 'still-referenced'
  | 'revert-conflict'
  | 'not-revertible'
  | 'invalid-backup'
  | 'write-failed';

export class RegistryError extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    readonly text: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(`${text.en} (${code})`, options);
    this.name = 'RegistryError';
  }
}

export const quotaExceededText: LocalizedText = {
  zh: '存储空间已满，本次更改没有保存，台账保持原样。请在“设置”中查看存储用量：删除旧的自动快照、清除示例数据，或释放磁盘空间后重试。',
  en: 'Storage is full: this change was not saved and the registry is unchanged. In Settings, check storage use: delete old automatic snapshots, clear the demo data or free disk space, then try again.',
};

function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error in `inner` (AbortError → QuotaExceededError); others use `cause`.
  while (typeof current === 'object' && current !== null && chain.length < 10) {
    chain.push(current);
    const next: unknown =
      (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    if (next === current) break;
    current = next;
  }
  return chain;
}

export function isQuotaExceeded(error: unknown): boolean {
  return causesOf(error).some(
    (cause) => (cause as { name?: unknown }).name === 'QuotaExceededError',
  );
}

/** Any failure of a registry operation as a RegistryError with a message for people. */
export function toRegistryError(error: unknown): RegistryError {
  if (error instanceof RegistryError) return error;
  if (isQuotaExceeded(error))
    return new RegistryError('quota-exceeded', quotaExceededText, { cause: error });
  const registryCause = causesOf(error).find((cause) => cause instanceof RegistryError);
  if (registryCause instanceof RegistryError) return registryCause;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new RegistryError(
    'write-failed',
    {
      zh: `保存失败，本次更改没有写入，台账保持原样（${detail}）。请重试；如再次出现，请导出备份并联系技术支持。`,
      en: `Saving failed; nothing of this change was written and the registry is unchanged (${detail}). Try again; if it happens again, export a backup and contact support.`,
    },
    { cause: error },
  );
}
