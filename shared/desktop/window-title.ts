/**
 * The window title: the scope the window shows and whether something is unsaved, then the
 * product name — what the taskbar and Alt+Tab show a manager switching between windows. The
 * desktop sets it on its window, the browser twin on document.title.
 */
import type { DesktopLanguage, WindowTitleRequest } from './desktop-api';

export const productNames: Readonly<Record<DesktopLanguage, string>> = {
  'zh-CN': '园区台账',
  en: 'Park Ledger',
};

const unsavedMarks: Readonly<Record<DesktopLanguage, string>> = {
  'zh-CN': '（未保存）',
  en: ' (unsaved)',
};

export function windowTitle(
  language: DesktopLanguage,
  { scope, dirty }: WindowTitleRequest,
): string {
  const productName = productNames[language];
  const unsaved = dirty ? unsavedMarks[language] : '';
  const trimmed = scope.trim();
  return trimmed === '' ? `${productName}${unsaved}` : `${trimmed}${unsaved} — ${productName}`;
}
