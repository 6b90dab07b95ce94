import type { SectionId } from './sections';

/** Simple line icons (24×24, stroke) so the sidebar reads at a glance; no icon font, nothing fetched. */
const paths: Record<SectionId, string> = {
  dashboard: 'M4 13h6V4H4zM14 20h6V11h-6zM4 20h6v-4H4zM14 4v4h6V4z',
  parks: 'M3 21h18M5 21V8l7-4 7 4v13M9 21v-5h6v5M9 11h.01M15 11h.01',
  enterprises: 'M4 21V5a1 1 0 0 1 1-1h9v17M14 9h5a1 1 0 0 1 1 1v11M8 8h2M8 12h2M8 16h2',
  revenueEntry: 'M4 4h16v16H4zM4 9h16M4 14h16M9 4v16',
  cultivation: 'M4 20h16M6 16l4-5 3 3 5-7M18 7h-3M18 7v3',
  exchange: 'M7 7h12l-3-3M17 17H5l3 3',
  history: 'M12 8v4l3 2M4.5 9a8 8 0 1 1-.5 3M4 4v5h5',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12a7 7 0 0 0-.1-1l2-1.6-2-3.4-2.4 1a7 7 0 0 0-1.7-1L14.5 3h-4l-.4 2.5a7 7 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7 7 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 1.7 1l.4 2.5h4l.4-2.5a7 7 0 0 0 1.7-1l2.4 1 2-3.4-2-1.6c.1-.3.1-.7.1-1z',
};

export function NavIcon({ id }: { id: SectionId }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={paths[id]} />
    </svg>
  );
}
