/**
 * A short key for a source layout, the same for every workbook whose headers read the same:
 * the app stores the user's column mapping under it and applies it when the next month's
 * workbook from the same sender arrives. Widths, case and spaces do not change a layout;
 * a different word, unit or column order does.
 */
import { toLookupKey } from '../../text/half-width';

/**
 * cyrb53 (public domain): a fast 53-bit string hash; collisions between the few hundred
 * layouts an office sees are negligible at that width.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function headerForm(header: string): string {
  return toLookupKey(header).toLowerCase();
}

/** "layout-v1-6-1k3x9q2b7": version, column count and hash of the headers in order. */
export function layoutSignature(headers: readonly string[]): string {
  const forms = headers.map(headerForm);
  while (forms.length > 0 && forms[forms.length - 1] === '') forms.pop();
  return `layout-v1-${forms.length}-${hash53(forms.join('\u001f')).toString(36)}`;
}
