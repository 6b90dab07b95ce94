/**
 * Text typed with a Chinese input method often arrives in full-width forms (０３１, ＡＢＣ, （）,
 * ideographic space). Lookups and codes compare the half-width forms, so 「０３１」 finds 031.
 */

/** Offset between the full-width forms block (U+FF01–U+FF5E) and ASCII (U+0021–U+007E). */
const fullWidthOffset = 0xfee0;

/** Full-width ASCII variants and the ideographic space to their ASCII counterparts. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - fullWidthOffset),
  );
}

/** Half-width with all whitespace removed: the key two spellings of one name compare by. */
export function toLookupKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}
