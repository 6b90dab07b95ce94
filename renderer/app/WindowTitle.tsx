/**
 * Keeps the window's title on the scope the user works in (设置 → 我的园区) and on whether an
 * import is still under review: what the taskbar shows a manager with several windows open.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParks } from '../db/hooks';
import { getPlatform } from '../platform/platform';
import { useMyParks } from '../settings/my-parks';
import { useAnyUnsavedWork } from './unsaved-work';

/** Two names are shown whole; more are summed up, so the title stays readable. */
const namesShown = 2;

export function WindowTitle() {
  const { t, i18n } = useTranslation();
  const parks = useParks();
  const myParkIds = useMyParks();
  const dirty = useAnyUnsavedWork();
  const names = (parks ?? [])
    .filter((park) => myParkIds.includes(park.id))
    .map((park) => park.name);
  const separator = i18n.language === 'en' ? ', ' : '、';
  const shown = names.slice(0, namesShown).join(separator);
  const scope =
    names.length === 0
      ? ''
      : names.length <= namesShown
        ? t('app.myParksScope', { names: shown })
        : t('app.myParksScopeMany', { names: shown, count: names.length });

  useEffect(() => {
    void getPlatform().setWindowTitle({ scope, dirty });
  }, [scope, dirty, i18n.language]);
  return null;
}
