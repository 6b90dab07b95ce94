import { describe, expect, it } from 'vitest';
import { parseClipboardTable } from './clipboard-table';

describe('parseClipboardTable', () => {
  it('reads a column copied from Excel, without an extra row for the final line break', () => {
    expect(parseClipboardTable('1,200.5\r\n980\r\n\r\n3,400\r\n')).toEqual([
      ['1,200.5'],
      ['980'],
      [''],
      ['3,400'],
    ]);
  });

  it('reads rows of tab-separated cells, keeping empty cells in place', () => {
    expect(parseClipboardTable('1\t\t3\n4\t5\t6')).toEqual([
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseClipboardTable('"a\tb"\t"line\nbreak"\t"say ""hi"""\n')).toEqual([
      ['a\tb', 'line\nbreak', 'say "hi"'],
    ]);
  });

  it('reads a single value and nothing at all', () => {
    expect(parseClipboardTable('42')).toEqual([['42']]);
    expect(parseClipboardTable('')).toEqual([]);
  });
});
