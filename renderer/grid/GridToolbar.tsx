/**
 * The bar above a grid: quick search first, the grid's own controls, and how many rows show,
 * right-aligned, as the status line its actions report to.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import './grid.css';

export function GridToolbar({
  searchLabel,
  query,
  onQuery,
  searchInput,
  count,
  children,
}: {
  searchLabel: string;
  query: string;
  onQuery: (query: string) => void;
  /** More for the search box: placeholder, access key, class. */
  searchInput?: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'>;
  /** "12 / 100": the rows shown, with any status after it. */
  count: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="toolbar grid-toolbar">
      <label>
        {searchLabel}
        <input
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          {...searchInput}
        />
      </label>
      {children}
      <span className="grid-count" role="status">
        {count}
      </span>
    </div>
  );
}
