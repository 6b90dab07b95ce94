/**
 * Formula injection: a cell whose text starts with = + - @ (or their full-width forms, which
 * WPS and Excel's IME-aware input turn into the ASCII ones), a tab, CR or LF can be taken for a
 * formula or a DDE call when the sheet is re-typed, pasted or saved to CSV and opened again.
 * Every text cell we write goes through here: the text stays exactly as it is (so it reads back
 * equal), and a guarded cell is written as a string cell (never a formula cell) in the Text
 * number format '@', which Excel, WPS and LibreOffice show verbatim and never evaluate, even
 * when someone edits the cell and presses Enter. No formula is ever written, so WPS's
 * `=DISPIMG(…)` text that an import read comes back out as text too.
 */

/** Characters that make a spreadsheet start a formula or a DDE command. */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

export interface TextCell {
  readonly kind: 'text';
  readonly text: string;
  /** The text could be read as a formula: write it in the Text format. */
  readonly guarded: boolean;
}

export function startsLikeFormula(text: string): boolean {
  const first = text.charAt(0);
  return first !== '' && formulaTriggers.includes(first);
}

/** The one way text becomes a cell: unchanged, and guarded when it could be a formula. */
export function neutraliseText(text: string): TextCell {
  return { kind: 'text', text, guarded: startsLikeFormula(text) };
}
