import type { ReactNode } from 'react';

/** A section's heading and one-line purpose, shared by every page. */
export function SectionIntro({ title, lead }: { title: string; lead: string }) {
  return (
    <header className="section-intro">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
    </header>
  );
}

/** What the section will show and the action that fills it, while it is empty. */
export function EmptyState({ message, children }: { message: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-message">{message}</p>
      <div className="empty-action">{children}</div>
    </div>
  );
}
