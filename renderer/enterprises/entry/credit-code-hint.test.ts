import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../../shared/test-support/builders';
import { creditCodeHint } from './credit-code-hint';

const code = validCreditCodes[0];

describe('creditCodeHint', () => {
  it('counts the characters still to type', () => {
    const hint = creditCodeHint(code.slice(0, 10));
    expect(hint.tone).toBe('progress');
    expect(hint.message.zh).toBe('已输入10位，还差8位');
  });

  it('says a complete code checks out', () => {
    const hint = creditCodeHint(code);
    expect(hint).toMatchObject({ tone: 'valid', normalised: code });
    expect(hint.message.zh).toBe('18位，校验通过');
  });

  it('names the wrong check character once the code is complete, without guessing a fix', () => {
    const hint = creditCodeHint(`${code.slice(0, 17)}R`);
    expect(hint.tone).toBe('problem');
    expect(hint.message.zh).toContain('第18位校验码应为 Q，实为 R');
    expect(hint.suggestion).toBeUndefined();
  });

  it('offers the code with O read as 0 as soon as the letter is typed', () => {
    const typed = code.slice(0, 6).replace('0', 'O');
    const hint = creditCodeHint(typed);
    expect(hint.tone).toBe('problem');
    expect(hint.message.zh).toContain('不允许的字母 O');
    expect(hint.suggestion).toBe(code.slice(0, 6));
  });

  it('offers the full corrected code when the look-alike makes it valid', () => {
    const typed = `${code.slice(0, 3)}I${code.slice(4)}`;
    expect(code.charAt(3)).toBe('1');
    expect(creditCodeHint(typed).suggestion).toBe(code);
  });

  it('flags a 15-digit legacy registration number as accepted', () => {
    const hint = creditCodeHint('110108012345678');
    expect(hint.tone).toBe('legacy');
    expect(hint.message.zh).toContain('15位旧注册号也可直接保存');
  });
});
