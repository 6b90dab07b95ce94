/**
 * The 新增企业 page (#/enterprises/new, or #/enterprises/new/<parkId> from a park's page) and
 * the button, with its Alt+N shortcut, that opens it.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionIntro } from '../../app/SectionIntro';
import { hashForSection } from '../../app/sections';
import { EnterpriseEntryForm } from './EnterpriseEntryForm';
import './enterprise-entry.css';

/** The path segment, under the 企业 section, of the entry form. */
export const newEnterprisePath = 'new';

export function newEnterpriseHash(parkId?: string): string {
  return parkId === undefined
    ? hashForSection('enterprises', newEnterprisePath)
    : hashForSection('enterprises', newEnterprisePath, parkId);
}

export function EnterpriseEntryPage({ parkId }: { parkId?: string }) {
  const { t } = useTranslation();
  const listHash = hashForSection('enterprises');
  return (
    <div className="enterprise-entry-page">
      <p className="entry-back">
        <a href={listHash}>← {t('enterpriseEntry.back')}</a>
      </p>
      <SectionIntro title={t('enterpriseEntry.title')} lead={t('enterpriseEntry.lead')} />
      <EnterpriseEntryForm
        key={parkId ?? ''}
        {...(parkId === undefined ? {} : { parkId })}
        onLeave={() => {
          window.location.hash = listHash;
        }}
      />
    </div>
  );
}

/** Opens the entry form, for the park when given; Alt+N does the same while it is shown. */
export function NewEnterpriseButton({ parkId }: { parkId?: string }) {
  const { t } = useTranslation();
  const target = newEnterpriseHash(parkId);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The key's position, not its character: Alt+N types a dead key on some layouts.
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        window.location.hash = target;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target]);
  return (
    <a className="new-enterprise-button" href={target} aria-keyshortcuts="Alt+N">
      {t('enterpriseEntry.openButton')}
      <kbd>{t('enterpriseEntry.openShortcut')}</kbd>
    </a>
  );
}
