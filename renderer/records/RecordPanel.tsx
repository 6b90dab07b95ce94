/**
 * The pieces a record's page is built from (a park, an enterprise): a titled panel that shows
 * its empty message instead of its content when there is nothing to list, a profile read as
 * label and value, and a select of a model's coded values with their labels.
 */
import type { ReactNode } from 'react';

export function RecordPanel({
  title,
  action,
  empty,
  children,
}: {
  title: string;
  /** Beside the title: the panel's one action (编辑, 新增企业). */
  action?: ReactNode;
  /** Shown instead of the content when set: there is nothing to list. */
  empty?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <section className="panel" aria-label={title}>
      <h2>
        {title}
        {action}
      </h2>
      {empty === undefined ? children : <p className="muted">{empty}</p>}
    </section>
  );
}

/** Label and value, one row each; a missing value reads `none`. */
export function ProfileList({
  rows,
  none,
}: {
  rows: readonly (readonly [label: string, value: string | undefined])[];
  none: string;
}) {
  return (
    <dl className="profile-list">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value === undefined || value === '' ? none : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A labelled select of coded values (a status, a tier), each shown by its label. */
export function CodeSelect<Code extends string>({
  id,
  label,
  value,
  codes,
  labelOf,
  onChange,
}: {
  id: string;
  label: string;
  value: Code;
  codes: readonly Code[];
  labelOf: (code: Code) => string;
  onChange: (code: Code) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const code = codes.find((candidate) => candidate === event.target.value);
          if (code !== undefined) onChange(code);
        }}
      >
        {codes.map((code) => (
          <option key={code} value={code}>
            {labelOf(code)}
          </option>
        ))}
      </select>
    </>
  );
}
