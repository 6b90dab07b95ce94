import { useCallback, useSyncExternalStore } from 'react';
import { hashForSection, sectionFromHash, type SectionId } from './sections';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current section, kept in the URL hash so that reload and back/forward work. */
export function useSection(): [SectionId, (id: SectionId) => void] {
  const section = useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
  const go = useCallback((id: SectionId) => {
    window.location.hash = hashForSection(id);
  }, []);
  return [section, go];
}
