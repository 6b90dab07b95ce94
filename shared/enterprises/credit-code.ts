/**
 * 统一社会信用代码 (GB 32100-2015), the identity of an enterprise. Codes are typed by hand from
 * business licences, so each failure says which character is wrong and what it should be.
 *
 * Layout: 1 登记管理部门代码, 2 机构类别代码, 3–8 the registering authority's division code,
 * 9–17 组织机构代码 (GB 11714: 8-character body + its own check character), 18 校验码.
 */
import { toHalfWidth } from '../text/half-width';
import { localized, type LocalizedText } from '../text/localized-text';

/** The 31 characters a code may use, each worth its index; I O Z S V are left out. */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const creditCodeLength = 18;
const legacyRegistrationNoPattern = /^\d{15}$/;
/** 18 characters of the alphabet with a digit at 3–8: a code each of whose characters is allowed. */
const wellFormedPattern = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** 3^(i−1) mod 31 for positions 1–17. */
const checkWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714 weights for the 8-character organisation code body. */
const orgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const divisionCodeStart = 3;
const divisionCodeEnd = 8;
const orgCheckPosition = 17;
const checkPosition = 18;

/** The letters left out of the alphabet look like these; what the typist most likely meant. */
const forbiddenLetterLookalikes: Readonly<Record<string, string>> = {
  O: '0',
  I: '1',
  Z: '2',
  S: '5',
  V: 'U',
};

/**
 * Separators people type or paste inside a code: spaces, hyphens and dashes of every width,
 * dots, slashes, commas, and the invisible zero-width characters web pages carry.
 */
const separatorPattern = /[\s\-_.·・/\\|,、‐‑‒–—―−\u200b-\u200d\ufeff]/g;

/** A code already in the normal form: most are, and an import normalises 20,000 of them twice. */
const normalForm = /^[0-9A-Z]*$/;

/** Trimmed, half-width, upper-case, without separators: the form codes are stored and compared in. */
export function normaliseCreditCode(raw: string): string {
  if (normalForm.test(raw)) return raw;
  return toHalfWidth(raw).replace(separatorPattern, '').toUpperCase();
}

export type CreditCodeProblem =
  | { readonly kind: 'empty'; readonly message: LocalizedText }
  | {
      readonly kind: 'length';
      readonly expectedLength: number;
      readonly actualLength: number;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'forbidden-letter';
      readonly position: number;
      readonly actual: string;
      /** The character this letter is usually mistaken for. */
      readonly likelyIntended: string;
      /** Set at 17 and 18 when the check rule says what the character must be. */
      readonly expected?: string;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'not-in-alphabet';
      readonly position: number;
      readonly actual: string;
      readonly expected?: string;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'division-code';
      readonly position: number;
      readonly actual: string;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'org-check' | 'check-char';
      readonly position: number;
      readonly expected: string;
      readonly actual: string;
      readonly message: LocalizedText;
    };

export type CreditCodeProblemKind = CreditCodeProblem['kind'];

export interface ValidUscc {
  readonly ok: true;
  readonly kind: 'uscc';
  readonly code: string;
  /** Character 1, 登记管理部门代码 (9 = market regulation). */
  readonly registrationAuthority: string;
  /** Character 2, 机构类别代码 within that authority (91 = 企业). */
  readonly organisationType: string;
  /** Characters 3–8: where the registering authority sits, not where the company operates. */
  readonly divisionCode: string;
  /** Characters 9–17, GB 11714 组织机构代码 including its check character. */
  readonly organisationCode: string;
  /** 企业, 个体工商户… for the common prefixes; null for others. */
  readonly entityType: LocalizedText | null;
}

/** A pre-2015 15-digit 注册号, accepted as the identity of an enterprise not yet re-registered. */
export interface LegacyRegistrationNo {
  readonly ok: true;
  readonly kind: 'legacy-registration-no';
  readonly code: string;
  /** The first six digits: the registering authority's division code. */
  readonly divisionCode: string;
  readonly notice: LocalizedText;
}

export interface InvalidCreditCode {
  readonly ok: false;
  /** The input normalised, so the UI can show what was checked. */
  readonly code: string;
  readonly problems: readonly CreditCodeProblem[];
  /** A valid code that differs only in look-alike letters (O for 0…), when there is one. */
  readonly suggestion?: string;
}

export type CreditCodeValidation = ValidUscc | LegacyRegistrationNo | InvalidCreditCode;

/** Labels for the prefixes culture tenants carry (see the reference README). */
const entityTypesByPrefix: Readonly<Record<string, LocalizedText>> = {
  '91': { zh: '企业', en: 'Enterprise' },
  '92': { zh: '个体工商户', en: 'Individual business' },
  '52': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
  '51': { zh: '社会团体', en: 'Social organisation' },
  '12': { zh: '事业单位', en: 'Public institution' },
};

/** Positions count code points, so a pasted emoji or rare character is one position, not two. */
function charactersOf(code: string): readonly string[] {
  return Array.from(code);
}

function alphabetValue(char: string): number | undefined {
  const value = creditCodeAlphabet.indexOf(char);
  return value === -1 ? undefined : value;
}

/** The 18th character for 17 alphabet characters, or undefined if any is outside the alphabet. */
function checkCharacterOf(first17: string): string | undefined {
  if (first17.length !== checkWeights.length) return undefined;
  let sum = 0;
  for (const [index, weight] of checkWeights.entries()) {
    const value = alphabetValue(first17.charAt(index));
    if (value === undefined) return undefined;
    sum += value * weight;
  }
  const modulus = creditCodeAlphabet.length;
  return creditCodeAlphabet.charAt((modulus - (sum % modulus)) % modulus);
}

/** GB 11714 value of an organisation code body character: digits as such, A=10 … Z=35. */
function orgCodeValue(char: string): number | undefined {
  // By character code, not a pattern and parseInt: an import checks 20,000 codes twice.
  const code = char.length === 1 ? char.charCodeAt(0) : -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  return code >= 0x41 && code <= 0x5a ? code - 0x41 + 10 : undefined;
}

function orgCodeCheckOf(body8: string): string | undefined {
  if (body8.length !== orgCodeWeights.length) return undefined;
  let sum = 0;
  for (const [index, weight] of orgCodeWeights.entries()) {
    const value = orgCodeValue(body8.charAt(index));
    if (value === undefined) return undefined;
    sum += value * weight;
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

/** The 校验码 (character 18) for the first 17 characters of a code. */
export function computeCheckCharacter(first17: string): string {
  const check = checkCharacterOf(first17);
  if (check === undefined) {
    throw new RangeError(`Expected 17 characters of ${creditCodeAlphabet}, got "${first17}"`);
  }
  return check;
}

/** The GB 11714 organisation code check character (character 17) for its 8-character body. */
export function computeOrgCodeCheck(body8: string): string {
  const check = orgCodeCheckOf(body8);
  if (check === undefined) throw new RangeError(`Expected 8 digits or A–Z, got "${body8}"`);
  return check;
}

function lengthProblem(actualLength: number): CreditCodeProblem {
  const difference = actualLength - creditCodeLength;
  let hint = { zh: '', en: '' };
  if (difference === -1) hint = { zh: '（是否漏了一位？）', en: ' (is one missing?)' };
  else if (difference === 1) hint = { zh: '（是否多了一位？）', en: ' (is there one too many?)' };
  else if (actualLength === 15) {
    hint = { zh: '（15位旧注册号应全为数字）', en: ' (a 15-digit legacy number has digits only)' };
  }
  return {
    kind: 'length',
    expectedLength: creditCodeLength,
    actualLength,
    message: localized(
      `统一社会信用代码应为18位，实为${actualLength}位${hint.zh}`,
      `A unified social credit code has 18 characters, not ${actualLength}${hint.en}`,
    ),
  };
}

function expectedNote(expected: string | undefined): LocalizedText {
  return expected === undefined
    ? { zh: '', en: '' }
    : {
        zh: `；按校验规则此位应为 ${expected}`,
        en: `; by the check rule it should be ${expected}`,
      };
}

/** What is wrong with one character on its own, before any check is computed. */
function characterProblem(
  char: string,
  position: number,
  expected: string | undefined,
): CreditCodeProblem | undefined {
  const note = expectedNote(expected);
  const likelyIntended = forbiddenLetterLookalikes[char];
  if (likelyIntended !== undefined) {
    const [zhWhat, enWhat] = /\d/.test(likelyIntended) ? ['数字', 'digit'] : ['字母', 'letter'];
    // Where the check rule names the character, a different look-alike guess would only confuse.
    const hint =
      expected === undefined || expected === likelyIntended
        ? {
            zh: `（是否应为${zhWhat} ${likelyIntended}？）`,
            en: ` (did you mean the ${enWhat} ${likelyIntended}?)`,
          }
        : { zh: '', en: '' };
    return {
      kind: 'forbidden-letter',
      position,
      actual: char,
      likelyIntended,
      ...(expected === undefined ? {} : { expected }),
      message: localized(
        `第${position}位含有不允许的字母 ${char}${hint.zh}${note.zh}`,
        `Character ${position} is the letter ${char}, which credit codes never use${hint.en}${note.en}`,
      ),
    };
  }
  if (alphabetValue(char) === undefined) {
    return {
      kind: 'not-in-alphabet',
      position,
      actual: char,
      ...(expected === undefined ? {} : { expected }),
      message: localized(
        `第${position}位“${char}”不能出现在信用代码中（只能是数字或除 I、O、Z、S、V 外的大写字母）${note.zh}`,
        `Character ${position} "${char}" cannot appear in a credit code (only digits and capital letters other than I, O, Z, S, V)${note.en}`,
      ),
    };
  }
  if (position >= divisionCodeStart && position <= divisionCodeEnd && !/\d/.test(char)) {
    return {
      kind: 'division-code',
      position,
      actual: char,
      message: localized(
        `第${position}位应为数字（第3–8位是登记管理机关行政区划码），实为 ${char}`,
        `Character ${position} should be a digit (characters 3–8 are the registering authority's division code), not ${char}`,
      ),
    };
  }
  return undefined;
}

function characterProblems(
  chars: readonly string[],
  expectedAt: ReadonlyMap<number, string>,
): CreditCodeProblem[] {
  return chars.flatMap((char, index) => {
    const position = index + 1;
    const problem = characterProblem(char, position, expectedAt.get(position));
    return problem === undefined ? [] : [problem];
  });
}

function checkProblems(
  chars: readonly string[],
  orgCheck: string | undefined,
  check: string | undefined,
): CreditCodeProblem[] {
  const problems: CreditCodeProblem[] = [];
  const actualOrgCheck = chars[orgCheckPosition - 1] ?? '';
  if (
    orgCheck !== undefined &&
    alphabetValue(actualOrgCheck) !== undefined &&
    actualOrgCheck !== orgCheck
  ) {
    problems.push({
      kind: 'org-check',
      position: orgCheckPosition,
      expected: orgCheck,
      actual: actualOrgCheck,
      message: localized(
        `第17位组织机构代码校验码应为 ${orgCheck}，实为 ${actualOrgCheck}（按第9–16位计算；请对照营业执照逐位核对第9–17位）`,
        `Character 17 (organisation code check character) should be ${orgCheck}, not ${actualOrgCheck} (computed from characters 9–16; compare characters 9–17 with the business licence)`,
      ),
    });
  }
  const actualCheck = chars[checkPosition - 1] ?? '';
  if (check !== undefined && alphabetValue(actualCheck) !== undefined && actualCheck !== check) {
    problems.push({
      kind: 'check-char',
      position: checkPosition,
      expected: check,
      actual: actualCheck,
      message: localized(
        `第18位校验码应为 ${check}，实为 ${actualCheck}（按前17位计算；请对照营业执照逐位核对）`,
        `Character 18 (check character) should be ${check}, not ${actualCheck} (computed from the first 17; compare each character with the business licence)`,
      ),
    });
  }
  return problems;
}

/** Where a problem sits, 0 for the code as a whole: problems are listed left to right. */
function positionOf(problem: CreditCodeProblem): number {
  return 'position' in problem ? problem.position : 0;
}

function validUscc(code: string): ValidUscc {
  return {
    ok: true,
    kind: 'uscc',
    code,
    registrationAuthority: code.charAt(0),
    organisationType: code.charAt(1),
    divisionCode: code.slice(divisionCodeStart - 1, divisionCodeEnd),
    organisationCode: code.slice(divisionCodeEnd, checkPosition - 1),
    entityType: entityTypesByPrefix[code.slice(0, 2)] ?? null,
  };
}

function legacyRegistrationNo(code: string): LegacyRegistrationNo {
  // The 注册号's own check digit is not verified: numbers issued before 2007 do not follow it.
  return {
    ok: true,
    kind: 'legacy-registration-no',
    code,
    divisionCode: code.slice(0, 6),
    notice: localized(
      '这是2015年以前的15位注册号（旧编号），已按旧编号接受；请尽量改填18位统一社会信用代码',
      'This is a pre-2015 15-digit registration number (a legacy ID). It is accepted as such; please enter the 18-character unified social credit code where you can',
    ),
  };
}

/** The organisation code check of a credit code, if characters 9–16 are all in its alphabet. */
function orgCodeCheckOfCredit(chars: readonly string[]): string | undefined {
  const body = chars.slice(divisionCodeEnd, orgCheckPosition - 1);
  return body.every((char) => alphabetValue(char) !== undefined)
    ? orgCodeCheckOf(body.join(''))
    : undefined;
}

/** The code with every look-alike letter replaced, if that makes it valid. */
function lookalikeSuggestion(
  chars: readonly string[],
  problems: readonly CreditCodeProblem[],
): string | undefined {
  if (!problems.some((problem) => problem.kind === 'forbidden-letter')) return undefined;
  const candidate = chars.map((char) => forbiddenLetterLookalikes[char] ?? char).join('');
  const validation = validateCreditCode(candidate);
  return validation.ok && validation.kind === 'uscc' ? candidate : undefined;
}

/**
 * Checks a code as typed or imported: normalises it, then length, alphabet, division code, the
 * organisation code check (17) and the final check (18). A 15-digit number is accepted as a
 * legacy 注册号 and flagged as such.
 */
export function validateCreditCode(raw: string): CreditCodeValidation {
  const code = normaliseCreditCode(raw);
  if (code === '') {
    const message = localized('未填写统一社会信用代码', 'The unified social credit code is empty');
    return { ok: false, code, problems: [{ kind: 'empty', message }] };
  }
  if (legacyRegistrationNoPattern.test(code)) return legacyRegistrationNo(code);
  // Most codes are right: an import checks 20,000 of them, so a valid one costs two sums,
  // not a list of each character's problems.
  if (
    wellFormedPattern.test(code) &&
    orgCodeCheckOf(code.slice(divisionCodeEnd, orgCheckPosition - 1)) ===
      code.charAt(orgCheckPosition - 1) &&
    checkCharacterOf(code.slice(0, checkPosition - 1)) === code.charAt(checkPosition - 1)
  ) {
    return validUscc(code);
  }

  const chars = charactersOf(code);
  const complete = chars.length === creditCodeLength;
  const orgCheck = complete ? orgCodeCheckOfCredit(chars) : undefined;
  const check = complete ? checkCharacterOf(chars.slice(0, checkPosition - 1).join('')) : undefined;
  const expectedAt = new Map<number, string>();
  if (orgCheck !== undefined) expectedAt.set(orgCheckPosition, orgCheck);
  if (check !== undefined) expectedAt.set(checkPosition, check);

  const problems = [
    ...(complete ? [] : [lengthProblem(chars.length)]),
    ...characterProblems(chars, expectedAt),
    ...(complete ? checkProblems(chars, orgCheck, check) : []),
  ].sort((a, b) => positionOf(a) - positionOf(b));
  if (problems.length === 0) return validUscc(code);
  const suggestion = lookalikeSuggestion(chars, problems);
  return { ok: false, code, problems, ...(suggestion === undefined ? {} : { suggestion }) };
}

/** True for a valid 18-character code and for a legacy 15-digit 注册号. */
export function isValidCreditCode(raw: string): boolean {
  return validateCreditCode(raw).ok;
}

/** Feedback while a code is being typed, for a keyboard-first form. */
export interface CreditCodeInputState {
  readonly normalised: string;
  /** Characters still to type to reach 18; 0 once there (or past it). */
  readonly remaining: number;
  /** What is already wrong: bad characters as soon as they are typed, checks once complete. */
  readonly problems: readonly CreditCodeProblem[];
  /** The full validation once 18 or more characters are in; null before. */
  readonly validation: CreditCodeValidation | null;
  /** One line to show under the field. */
  readonly message: LocalizedText;
}

export function describeCreditCodeInput(partial: string): CreditCodeInputState {
  const normalised = normaliseCreditCode(partial);
  const chars = charactersOf(normalised);
  const remaining = Math.max(0, creditCodeLength - chars.length);
  if (remaining === 0) {
    const validation = validateCreditCode(normalised);
    const problems = validation.ok ? [] : validation.problems;
    return {
      normalised,
      remaining,
      problems,
      validation,
      message: problems[0]?.message ?? localized('18位，校验通过', '18 characters, checks passed'),
    };
  }
  const problems = characterProblems(chars, new Map());
  return {
    normalised,
    remaining,
    problems,
    validation: null,
    message: problems[0]?.message ?? progressMessage(normalised, chars.length, remaining),
  };
}

function progressMessage(normalised: string, typed: number, remaining: number): LocalizedText {
  if (normalised === '') {
    return localized(
      '请输入18位统一社会信用代码',
      'Type the 18-character unified social credit code',
    );
  }
  if (legacyRegistrationNoPattern.test(normalised)) {
    return localized(
      `还差${remaining}位（15位旧注册号也可直接保存）`,
      `${remaining} more to go (a 15-digit legacy registration number can also be saved as is)`,
    );
  }
  return localized(
    `已输入${typed}位，还差${remaining}位`,
    `${typed} of 18 characters, ${remaining} more to go`,
  );
}
