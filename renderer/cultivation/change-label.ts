/**
 * A change set's label is stored in both languages (the history shows it in whichever the
 * user reads later), so it is rendered from the feature's messages in each.
 */
import i18next, { type TFunction } from 'i18next';
import type { LocalizedText } from '../../shared/text/localized-text';

export function changeLabel(render: (t: TFunction) => string): LocalizedText {
  return { zh: render(i18next.getFixedT('zh-CN')), en: render(i18next.getFixedT('en')) };
}
