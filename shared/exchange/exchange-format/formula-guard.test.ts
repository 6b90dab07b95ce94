import { describe, expect, it } from 'vitest';
import { formulaTriggers, neutraliseText } from './formula-guard';

describe('neutraliseText', () => {
  it.each(formulaTriggers)('guards text starting with %j and keeps it verbatim', (trigger) => {
    const text = `${trigger}HYPERLINK("http://x","点我")`;
    expect(neutraliseText(text)).toEqual({ kind: 'text', text, guarded: true });
  });

  it.each(['＝1+1', '＋86 138', '－5', '＠SUM(A1)'])('guards the full-width form %s', (text) => {
    expect(neutraliseText(text).guarded).toBe(true);
  });

  it('guards WPS picture formulas read by an import', () => {
    expect(neutraliseText('=DISPIMG("ID_1",1)').guarded).toBe(true);
  });

  it.each(['北京文化传媒有限公司', '031', '91110108551385082Q', '', ' =A1', '1-10月'])(
    'leaves %j unguarded',
    (text) => {
      expect(neutraliseText(text)).toEqual({ kind: 'text', text, guarded: false });
    },
  );
});
