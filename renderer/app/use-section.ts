import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  hashForSection,
  routeFromHash,
  sectionFromHash,
  type RouteQuery,
  type SectionId,
} from './sections';

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

/** What the link that opened the current page asks it to show (see Route). */
export function useRouteQuery(): RouteQuery {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => routeFromHash(hash).query, [hash]);
}

/** The path inside the current section (#/parks/<id> → ['<id>']), and a way to go elsewhere. */
export function useRoutePath(): [
  readonly string[],
  (section: SectionId, ...path: string[]) => void,
] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const path = useMemo(() => routeFromHash(hash).path, [hash]);
  const go = useCallback((section: SectionId, ...rest: string[]) => {
    window.location.hash = hashForSection(section, ...rest);
  }, []);
  return [path, go];
}
