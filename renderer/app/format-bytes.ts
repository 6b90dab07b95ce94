import type { TFunction } from 'i18next';

export function formatBytes(t: TFunction, bytes: number): string {
  if (bytes < 1024) return t('units.bytes', { value: bytes.toLocaleString() });
  if (bytes < 1024 * 1024) return t('units.kilobytes', { value: (bytes / 1024).toFixed(1) });
  return t('units.megabytes', { value: (bytes / 1024 / 1024).toFixed(1) });
}
