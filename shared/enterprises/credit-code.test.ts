import { describe, expect, it } from 'vitest';
import {
  computeCheckCharacter,
  computeOrgCodeCheck,
  creditCodeAlphabet,
  describeCreditCodeInput,
  isValidCreditCode,
  normaliseCreditCode,
  validateCreditCode,
  type CreditCodeProblem,
  type CreditCodeValidation,
} from './credit-code';

/** Valid codes of well-known companies (../shared/reference/uscc_samples.csv). */
const validSamples = [
  '914403001922038216',
  '91440300708461136T',
  '9144030071526726XG',
  '91330100799655058B',
  '91110000710926094P',
  '91100000100003962T',
  '911100001000044477',
  '9144030010001686XA',
  '91440300100012316L',
  '91110000802100433B',
  '91110108551385082Q',
  '91440300192317458F',
  '91440300192181490G',
  '911100001011016602',
];

/** The invalid row of the samples: a public mock whose check character should be J. */
const invalidSample = { code: '91110108717809965C', expectedCheck: 'J' };

function replaceAt(code: string, index: number, char: string): string {
  return code.slice(0, index) + char + code.slice(index + 1);
}

function swapAt(code: string, index: number): string {
  return code.slice(0, index) + code.charAt(index + 1) + code.charAt(index) + code.slice(index + 2);
}

function dropAt(code: string, index: number): string {
  return code.slice(0, index) + code.slice(index + 1);
}

/** How an input method types ASCII: full-width forms and the ideographic space. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

function problemsOf(validation: CreditCodeValidation): readonly CreditCodeProblem[] {
  if (validation.ok) throw new Error(`expected ${validation.code} to be invalid`);
  return validation.problems;
}

function kindsOf(validation: CreditCodeValidation): string[] {
  return problemsOf(validation).map((problem) => problem.kind);
}

describe('normaliseCreditCode', () => {
  it('trims, folds full width, upper-cases and drops separators', () => {
    expect(normaliseCreditCode('  ９１１１ 0000-7109_2609.4p\u3000')).toBe('91110000710926094P');
    expect(normaliseCreditCode('9111—0000·7109/2609\u200b4P')).toBe('91110000710926094P');
  });

  it('keeps characters that are not separators, so they can be reported', () => {
    expect(normaliseCreditCode('9111#0000')).toBe('9111#0000');
  });
});

describe('check characters', () => {
  it('computes the 18th character of every sample from its first 17', () => {
    for (const code of validSamples) {
      expect(computeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
    }
  });

  it('computes the organisation code check (17th) of every sample from characters 9–16', () => {
    for (const code of validSamples) {
      expect(computeOrgCodeCheck(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });

  it('maps 11 − (sum mod 11) to a digit, 10 to X and 11 to 0', () => {
    // Only the last body character counts here, with weight 2.
    expect(computeOrgCodeCheck('00000001')).toBe('9'); // 2: 11 − 2
    expect(computeOrgCodeCheck('00000006')).toBe('X'); // 12 ≡ 1: 11 − 1 = 10
    expect(computeOrgCodeCheck('00000000')).toBe('0'); // 0: 11 − 0 = 11
    expect(computeOrgCodeCheck('0000000A')).toBe('2'); // A = 10: 20 ≡ 9, 11 − 9
  });

  it('refuses input it cannot compute a check for', () => {
    expect(() => computeCheckCharacter('9111000071092609')).toThrow(RangeError);
    expect(() => computeCheckCharacter('91110000710926O94')).toThrow(RangeError);
    expect(() => computeOrgCodeCheck('7109260')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it('accepts every character of the alphabet wherever a letter may stand, and no other', () => {
    const codeWith = (char: string) => {
      const orgBody = `1234567${char}`;
      const first17 = `91110105${orgBody}${computeOrgCodeCheck(orgBody)}`;
      return first17 + computeCheckCharacter(first17);
    };
    for (const char of creditCodeAlphabet) expect(validateCreditCode(codeWith(char)).ok).toBe(true);
    for (const char of 'IOSVZ') {
      const first17 = `911101051234567${char}${computeOrgCodeCheck(`1234567${char}`)}`;
      expect(validateCreditCode(`${first17}0`).ok).toBe(false);
    }
  });

  it('accepts every sample and describes its parts', () => {
    for (const code of validSamples) {
      const validation = validateCreditCode(code);
      expect(validation).toMatchObject({ ok: true, kind: 'uscc', code });
      expect(isValidCreditCode(code)).toBe(true);
    }
    expect(validateCreditCode('91110108551385082Q')).toEqual({
      ok: true,
      kind: 'uscc',
      code: '91110108551385082Q',
      registrationAuthority: '9',
      organisationType: '1',
      divisionCode: '110108',
      organisationCode: '551385082',
      entityType: { zh: '企业', en: 'Enterprise' },
    });
  });

  it('rejects the mock code and says the check character should be J', () => {
    const problems = problemsOf(validateCreditCode(invalidSample.code));
    const checkProblem = problems.find((problem) => problem.kind === 'check-char');
    expect(checkProblem).toMatchObject({
      position: 18,
      expected: invalidSample.expectedCheck,
      actual: 'C',
    });
    expect(checkProblem?.message.zh).toMatch(/^第18位校验码应为 J，实为 C/);
    expect(checkProblem?.message.en).toMatch(
      /^Character 18 \(check character\) should be J, not C/,
    );
  });

  it('also finds that the mock code’s characters 9–17 fail their own GB 11714 check', () => {
    const orgCode = invalidSample.code.slice(8, 17);
    const problems = problemsOf(validateCreditCode(invalidSample.code));
    expect(problems.find((problem) => problem.kind === 'org-check')).toMatchObject({
      position: 17,
      expected: computeOrgCodeCheck(orgCode.slice(0, 8)),
      actual: orgCode.charAt(8),
    });
  });

  it('says an empty code is empty', () => {
    expect(kindsOf(validateCreditCode(' - '))).toEqual(['empty']);
  });

  it('accepts a 15-digit number as a legacy 注册号 and flags it', () => {
    const validation = validateCreditCode('110105 012345678');
    expect(validation).toMatchObject({
      ok: true,
      kind: 'legacy-registration-no',
      code: '110105012345678',
      divisionCode: '110105',
    });
    expect(isValidCreditCode('110105012345678')).toBe(true);
  });

  it('does not take 15 characters with a letter for a legacy 注册号', () => {
    const problems = problemsOf(validateCreditCode('11010501234567A'));
    expect(problems[0]?.message.zh).toBe(
      '统一社会信用代码应为18位，实为15位（15位旧注册号应全为数字）',
    );
  });

  it('reports a wrong organisation code check at position 17', () => {
    const [code = ''] = validSamples;
    const wrongOrgCheck = code.charAt(16) === '7' ? '8' : '7';
    const mutated = replaceAt(code, 16, wrongOrgCheck);
    const orgProblem = problemsOf(validateCreditCode(mutated)).find((p) => p.kind === 'org-check');
    expect(orgProblem).toMatchObject({ position: 17, expected: code.charAt(16) });
    expect(orgProblem?.message.zh).toContain(`第17位组织机构代码校验码应为 ${code.charAt(16)}`);
  });

  it('wants digits in the division code, characters 3–8', () => {
    const code = '91110000710926094P';
    const withLetter = replaceAt(code, 4, 'A');
    const problem = problemsOf(validateCreditCode(withLetter)).find(
      (p) => p.kind === 'division-code',
    );
    expect(problem).toMatchObject({ position: 5, actual: 'A' });
  });

  it('names the character the check rule wants where a forbidden letter sits at 18', () => {
    const code = '91110108551385082Q';
    const problems = problemsOf(validateCreditCode(replaceAt(code, 17, 'O')));
    expect(problems[0]).toMatchObject({ kind: 'forbidden-letter', position: 18, expected: 'Q' });
    expect(problems[0]?.message.zh).toBe('第18位含有不允许的字母 O；按校验规则此位应为 Q');
  });

  it('lists problems from left to right', () => {
    const code = '91110108551385082Q';
    // A wrong 17th character is found by a check, after the bad 18th by the character scan.
    const mutated = replaceAt(replaceAt(code, 17, 'O'), 16, code.charAt(16) === '1' ? '3' : '1');
    const problems = problemsOf(validateCreditCode(mutated));
    expect(problems.map((p) => [p.kind, 'position' in p ? p.position : 0])).toEqual([
      ['org-check', 17],
      ['forbidden-letter', 18],
    ]);
  });

  it('names a character outside the alphabet and its position', () => {
    const problems = problemsOf(validateCreditCode('9111000071092609#P'));
    expect(problems.map((p) => p.kind)).toEqual(['not-in-alphabet']);
    expect(problems[0]).toMatchObject({ position: 17, actual: '#', expected: '4' });
  });
});

describe('mutations of every valid sample', () => {
  it('fails on the check character when any one character is changed', () => {
    for (const code of validSamples) {
      for (let index = 0; index < code.length; index += 1) {
        for (const char of creditCodeAlphabet) {
          if (char === code.charAt(index)) continue;
          const mutated = replaceAt(code, index, char);
          const kinds = kindsOf(validateCreditCode(mutated));
          expect(kinds, mutated).toContain('check-char');
        }
      }
    }
  });

  it('fails when two different adjacent characters are swapped', () => {
    for (const code of validSamples) {
      for (let index = 0; index < code.length - 1; index += 1) {
        if (code.charAt(index) === code.charAt(index + 1)) continue;
        const swapped = swapAt(code, index);
        expect(isValidCreditCode(swapped), swapped).toBe(false);
      }
    }
  });

  it('fails on length when a character is dropped, asking whether one is missing', () => {
    for (const code of validSamples) {
      for (let index = 0; index < code.length; index += 1) {
        const problems = problemsOf(validateCreditCode(dropAt(code, index)));
        expect(problems[0]).toMatchObject({ kind: 'length', expectedLength: 18, actualLength: 17 });
        expect(problems[0]?.message.zh).toBe(
          '统一社会信用代码应为18位，实为17位（是否漏了一位？）',
        );
      }
    }
  });

  it('flags the letter O typed for the digit 0 and suggests the valid code', () => {
    for (const code of validSamples) {
      const withLetterO = code.replaceAll('0', 'O');
      const validation = validateCreditCode(withLetterO);
      const problems = problemsOf(validation);
      const zeroPositions = [...code.matchAll(/0/g)].map((match) => match.index + 1);
      expect(problems.map((p) => [p.kind, 'position' in p ? p.position : null])).toEqual(
        zeroPositions.map((position) => ['forbidden-letter', position]),
      );
      expect(problems[0]?.message.zh).toMatch(/含有不允许的字母 O（是否应为数字 0？）/);
      expect(validation).toMatchObject({ suggestion: code });
    }
  });

  it('hints at the look-alike of each forbidden letter', () => {
    const hints = { I: '1', Z: '2', S: '5', V: 'U' };
    for (const [letter, intended] of Object.entries(hints)) {
      const problem = problemsOf(validateCreditCode(`9111${letter}`)).find(
        (p) => p.kind === 'forbidden-letter',
      );
      expect(problem).toMatchObject({ position: 5, actual: letter, likelyIntended: intended });
      expect(problem?.message.zh).toContain(
        `（是否应为${letter === 'V' ? '字母' : '数字'} ${intended}？）`,
      );
    }
  });

  it('accepts lower case, full width, spaces and hyphens', () => {
    for (const code of validSamples) {
      const messy = ` ${toFullWidth(code.slice(0, 6)).toLowerCase()} ${code.slice(6, 12).toLowerCase()}-${code.slice(12)} `;
      expect(validateCreditCode(messy)).toMatchObject({ ok: true, kind: 'uscc', code });
    }
  });
});

describe('describeCreditCodeInput', () => {
  it('asks for the code while empty', () => {
    expect(describeCreditCodeInput('')).toMatchObject({ remaining: 18, problems: [] });
  });

  it('counts what remains while typing', () => {
    const state = describeCreditCodeInput('9111 0108');
    expect(state).toMatchObject({ normalised: '91110108', remaining: 10, validation: null });
    expect(state.message.zh).toBe('已输入8位，还差10位');
  });

  it('flags a bad character as soon as it is typed', () => {
    const state = describeCreditCodeInput('91110O');
    expect(state.problems.map((p) => p.kind)).toEqual(['forbidden-letter']);
    expect(state.message.zh).toBe('第6位含有不允许的字母 O（是否应为数字 0？）');
  });

  it('mentions that 15 digits may be a legacy 注册号', () => {
    expect(describeCreditCodeInput('110105012345678').message.zh).toContain('15位旧注册号');
  });

  it('validates once 18 characters are in', () => {
    const valid = describeCreditCodeInput(validSamples[0] ?? '');
    expect(valid).toMatchObject({ remaining: 0, problems: [], validation: { ok: true } });
    const code = validSamples[1] ?? '';
    const wrongCheck = replaceAt(code, 17, code.charAt(17) === 'A' ? 'B' : 'A');
    const invalid = describeCreditCodeInput(wrongCheck);
    expect(invalid.message.zh).toMatch(new RegExp(`^第18位校验码应为 ${code.charAt(17)}`));
  });

  it('says when there is one character too many', () => {
    const state = describeCreditCodeInput(`${validSamples[0] ?? ''}1`);
    expect(state.message.zh).toBe('统一社会信用代码应为18位，实为19位（是否多了一位？）');
  });
});
