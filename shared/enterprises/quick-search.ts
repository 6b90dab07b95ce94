/**
 * Quick search over enterprises as a park manager types: part of the name, part of the credit
 * code, or the 拼音 initials of the name ("bjxh" finds 北京星河…). Initials come from pinyin-pro,
 * which reads whole words so that polyphonic characters (银行 = yh, not yx) come out right.
 */
import { pinyin } from 'pinyin-pro';
import { toLookupKey } from '../text/half-width';

/** Lower-case 拼音 initials of every Chinese character; other characters kept as they are. */
export function nameInitials(name: string): string {
  return pinyin(toLookupKey(name), {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
  })
    .join('')
    .toLowerCase();
}

export interface QuickSearchEntry {
  readonly name: string;
  readonly creditCode: string;
  /** From nameInitials(name); computed once per enterprise because it is the slow part. */
  readonly initials: string;
}

/** A typed query, prepared once per keystroke rather than once per row. */
export interface QuickSearchQuery {
  readonly text: string;
  readonly upper: string;
  readonly lower: string;
}

export function prepareQuickSearch(raw: string): QuickSearchQuery | null {
  const text = toLookupKey(raw);
  if (text === '') return null;
  return { text, upper: text.toUpperCase(), lower: text.toLowerCase() };
}

export function matchesQuickSearch(entry: QuickSearchEntry, query: QuickSearchQuery): boolean {
  return (
    entry.name.includes(query.text) ||
    entry.creditCode.includes(query.upper) ||
    entry.initials.includes(query.lower)
  );
}
