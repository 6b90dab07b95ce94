/**
 * A searchable picker for the keyboard: type part of a code or name, move with ↑/↓, take the
 * highlighted option with Enter (or Tab), Esc closes the list. Enter is left to bubble, so a form
 * can move on to its next field after the choice. Follows the WAI-ARIA combobox pattern.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

export interface ComboboxOption {
  readonly value: string;
  readonly label: string;
  /** A second line: the 大类 of a 中类, a park's street. */
  readonly detail?: string;
}

export interface ComboboxProps {
  readonly id: string;
  /** The chosen option's value, '' for none. */
  readonly value: string;
  /** What the field shows for the chosen option when not being typed in. */
  readonly selectedLabel: string;
  readonly search: (query: string) => readonly ComboboxOption[];
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly invalid?: boolean;
  readonly describedBy?: string;
  /** Set as data-field on the input, so a form can find it by field name. */
  readonly field?: string;
  /** Shown in the list when nothing matches. */
  readonly noMatch: string;
  readonly maxOptions?: number;
}

export function Combobox({
  id,
  value,
  selectedLabel,
  search,
  onChange,
  placeholder,
  disabled = false,
  invalid = false,
  describedBy,
  field,
  noMatch,
  maxOptions = 60,
}: ComboboxProps) {
  const listId = useId();
  /** What is typed; null while the field shows the chosen option. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const options = useMemo(
    () => (open ? search(query ?? '').slice(0, maxOptions) : []),
    [open, query, search, maxOptions],
  );
  const activeOption = options[Math.min(active, options.length - 1)];

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  const choose = (option: ComboboxOption) => {
    onChange(option.value);
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(
            Math.max(
              0,
              search('').findIndex((option) => option.value === value),
            ),
          );
        } else setActive((index) => Math.min(index + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (open && activeOption !== undefined) choose(activeOption);
        else if (open) {
          // Nothing matches: stay here rather than move on with the field silently unchanged.
          event.preventDefault();
          event.stopPropagation();
        }
        break;
      case 'Tab':
        if (open && query !== null && activeOption !== undefined) choose(activeOption);
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setQuery(null);
        }
        break;
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        data-field={field}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={
          open && activeOption !== undefined ? `${listId}-${activeOption.value}` : undefined
        }
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        disabled={disabled}
        value={query ?? selectedLabel}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          setOpen(true);
          setActive(0);
          if (text.trim() === '' && value !== '') onChange('');
        }}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul className="combobox-list" id={listId} role="listbox" ref={list}>
          {options.length === 0 ? (
            <li className="combobox-empty" role="presentation">
              {noMatch}
            </li>
          ) : (
            options.map((option) => (
              <li
                key={option.value}
                id={`${listId}-${option.value}`}
                role="option"
                aria-selected={option === activeOption}
                onMouseDown={(event) => {
                  // Keep focus in the field; choosing does not blur it.
                  event.preventDefault();
                  choose(option);
                }}
              >
                <span className="combobox-label">{option.label}</span>
                {option.detail !== undefined && (
                  <span className="combobox-detail">{option.detail}</span>
                )}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
