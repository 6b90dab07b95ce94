import { desktopLanguages, type DesktopLanguage } from '../../shared/desktop/desktop-api';
import { getPlatform, isDesktop } from './platform';

/**
 * Keeps the desktop's native menu and dialogs in the UI's language. i18n writes the language
 * to <html lang> (for screen readers and fonts); this follows that attribute, so the language
 * switch needs to know nothing about the desktop.
 */
export function syncDesktopLanguage(root: HTMLElement = document.documentElement): () => void {
  if (!isDesktop()) return () => undefined;
  let sent: DesktopLanguage | undefined;
  const send = () => {
    const language = desktopLanguages.find((candidate) => candidate === root.lang);
    if (language === undefined || language === sent) return;
    sent = language;
    void getPlatform().setLanguage(language);
  };
  send();
  const observer = new MutationObserver(send);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
