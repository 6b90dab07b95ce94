/**
 * A message from the domain in both of the app's languages. Domain code has no i18n runtime,
 * so rules that explain a problem (a bad credit code, a missing figure) say it in both and the
 * UI picks one; the CLI prints both.
 */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export function localized(zh: string, en: string): LocalizedText {
  return { zh, en };
}
