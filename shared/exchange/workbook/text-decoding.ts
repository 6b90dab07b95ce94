/**
 * CSV, TXT and HTML tables arrive as UTF-8 (with or without a byte-order mark), as GBK/GB18030
 * from older Chinese systems and Excel's "CSV" on Chinese Windows, and as UTF-16 from Excel's
 * "Unicode text". SheetJS ignores `codepage` for array input, so text is decoded here and
 * handed over as a string.
 */
import { startsWithBytes } from './byte-prefix';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

interface TextDecoderInstance {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => TextDecoderInstance;

/**
 * TextDecoder is a WHATWG API that browsers, Web Workers and Node all provide, but no ES lib
 * declares it and shared/ compiles against the ES lib alone.
 */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: TextDecoderConstructor })
  .TextDecoder;

const byteOrderMarks: readonly {
  readonly bytes: readonly number[];
  readonly label: string;
  readonly encoding: TextEncodingName;
}[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8-bom' },
  { bytes: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be' },
];

/** Whether the bytes open with a byte-order mark, i.e. are text whatever else they contain. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return byteOrderMarks.some((mark) => startsWithBytes(bytes, mark.bytes));
}

/**
 * The byte-order mark decides when there is one; otherwise strict UTF-8, which GBK text
 * practically never passes; otherwise GB18030, a superset of GBK and GB2312. The mark itself
 * is dropped from the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const mark = byteOrderMarks.find((candidate) => startsWithBytes(bytes, candidate.bytes));
  if (mark !== undefined) {
    const text = new TextDecoderClass(mark.label, { ignoreBOM: true }).decode(
      bytes.subarray(mark.bytes.length),
    );
    return { text, encoding: mark.encoding };
  }
  try {
    return {
      text: new TextDecoderClass('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoderClass('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
