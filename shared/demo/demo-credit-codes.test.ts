import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../enterprises/credit-code';
import { createCreditCodeIssuer } from './demo-credit-codes';
import { createRandom } from './random';

describe('createCreditCodeIssuer', () => {
  it('issues valid 18-character codes of 企业 (91), never the same one twice', () => {
    const issuer = createCreditCodeIssuer(createRandom(1));
    const codes = Array.from({ length: 3000 }, (_, index) => issuer.issue(2000 + (index % 25)));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      const validation = validateCreditCode(code);
      expect(validation.ok && validation.kind).toBe('uscc');
      expect(code.startsWith('91')).toBe(true);
    }
  });

  it('gives firms registered since 2015 an "MA" organisation code and older ones digits', () => {
    const issuer = createCreditCodeIssuer(createRandom(2));
    expect(issuer.issue(2019).slice(8, 10)).toBe('MA');
    expect(issuer.issue(2009).slice(8, 16)).toMatch(/^\d{8}$/);
  });
});
