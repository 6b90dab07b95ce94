/**
 * The 新增企业 form as data: what a manager types walking the park, in that order, checked
 * field by field and turned into the enterprise and its tenancy. Everything is text until saved,
 * so a draft can be kept exactly as typed.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { validateCreditCode } from '../../../shared/enterprises/credit-code';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import { parseDateText } from '../../../shared/exchange/values/date-values';
import { normaliseArea } from '../../../shared/exchange/values/figure-values';
import { isCultureSubcategoryCode } from '../../../shared/reference/culture-classification';
import type { NewTenancy } from '../../../shared/tenancies/tenancy-move';
import type { LocalizedText } from '../../../shared/text/localized-text';
import type { Draft } from '../../db/change-plan';

/** The fields in the order they are filled, which is also the Enter order. */
export const enterpriseFormFields = [
  'creditCode',
  'name',
  'parkId',
  'building',
  'room',
  'leasedAreaSqm',
  'movedInOn',
  'subcategoryCode',
  'digitalCulture',
  'contactName',
  'contactPhone',
] as const;

export type EnterpriseFormField = (typeof enterpriseFormFields)[number];

export type EnterpriseFormValues = {
  [F in EnterpriseFormField]: F extends 'digitalCulture' ? boolean : string;
};

export function emptyEnterpriseForm(parkId = ''): EnterpriseFormValues {
  return {
    creditCode: '',
    name: '',
    parkId,
    building: '',
    room: '',
    leasedAreaSqm: '',
    movedInOn: '',
    subcategoryCode: '',
    digitalCulture: false,
    contactName: '',
    contactPhone: '',
  };
}

/**
 * Whether nothing was typed: the park alone does not count, since a manager walking a park keeps
 * it from one tenant to the next.
 */
export function isBlankForm(values: EnterpriseFormValues): boolean {
  const empty = emptyEnterpriseForm(values.parkId);
  return enterpriseFormFields.every((field) => values[field] === empty[field]);
}

/** A field's problem: a message key of the form's namespace, or the domain's own words. */
export type FieldProblem =
  | { readonly key: FieldProblemKey; readonly values?: { readonly max: string } }
  | { readonly text: LocalizedText };

export type FieldProblemKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'parkRequired'
  | 'areaInvalid'
  | 'dateInvalid'
  | 'subcategoryInvalid'
  | 'phoneInvalid'
  | 'textTooLong';

export type FormProblems = Partial<Record<EnterpriseFormField, FieldProblem>>;

const maxNameLength = 200;
const maxTextLength = 500;
const maxPhoneLength = 40;
/** Digits and what phone numbers are written with: +86 (010) 6500-1234 转 8021. */
const phonePattern = /^[\d\s+\-()（）#*转/,，、ext.]+$/i;

/** The area in ㎡ (亩 and 万㎡ converted), undefined when blank, null when not an area ≥ 0. */
export function readArea(text: string): number | undefined | null {
  const result = normaliseArea({ value: text }, 'sqm');
  if (!result.ok) return null;
  if (result.value === null) return undefined;
  return result.value >= 0 ? result.value : null;
}

/** The date as YYYY-MM-DD, undefined when blank, null when not a date. */
export function readDate(text: string): IsoDate | undefined | null {
  if (text.trim() === '') return undefined;
  return parseDateText(text) ?? null;
}

/** Problems of the fields that describe the stay in the park: all a move needs. */
function tenancyProblems(values: EnterpriseFormValues): FormProblems {
  const problems: FormProblems = {};
  if (values.parkId === '') problems.parkId = { key: 'parkRequired' };
  if (readArea(values.leasedAreaSqm) === null) problems.leasedAreaSqm = { key: 'areaInvalid' };
  if (readDate(values.movedInOn) === null) problems.movedInOn = { key: 'dateInvalid' };
  for (const field of ['building', 'room'] as const) {
    if (values[field].trim().length > maxTextLength) {
      problems[field] = { key: 'textTooLong', values: { max: String(maxTextLength) } };
    }
  }
  return problems;
}

function enterpriseProblems(values: EnterpriseFormValues): FormProblems {
  const problems: FormProblems = {};
  const credit = validateCreditCode(values.creditCode);
  if (!credit.ok) {
    const first = credit.problems[0];
    if (first !== undefined) problems.creditCode = { text: first.message };
  }
  const name = values.name.trim();
  if (name === '') problems.name = { key: 'nameRequired' };
  else if (name.length > maxNameLength) {
    problems.name = { key: 'nameTooLong', values: { max: String(maxNameLength) } };
  }
  if (values.subcategoryCode !== '' && !isCultureSubcategoryCode(values.subcategoryCode)) {
    problems.subcategoryCode = { key: 'subcategoryInvalid' };
  }
  const phone = values.contactPhone.trim();
  if (phone !== '' && (phone.length > maxPhoneLength || !phonePattern.test(phone))) {
    problems.contactPhone = { key: 'phoneInvalid' };
  }
  if (values.contactName.trim().length > maxTextLength) {
    problems.contactName = { key: 'textTooLong', values: { max: String(maxTextLength) } };
  }
  return problems;
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export type NewStay = Omit<NewTenancy, 'enterpriseId'>;

export interface CheckedEnterpriseForm {
  readonly problems: FormProblems;
  /** The normalised credit code, or '' while it is not valid. */
  readonly creditCode: string;
  readonly enterprise: Draft<Enterprise> | null;
  /** The new tenancy, without its enterprise id (given when the enterprise is known). */
  readonly tenancy: NewStay | null;
}

function stayOf(values: EnterpriseFormValues): NewStay {
  return {
    parkId: values.parkId,
    ...withDefined({
      building: optional(values.building),
      room: optional(values.room),
      leasedAreaSqm: readArea(values.leasedAreaSqm) ?? undefined,
      movedInOn: readDate(values.movedInOn) ?? undefined,
    }),
  };
}

/** Checks every field; the enterprise and tenancy are built only when nothing is wrong. */
export function checkEnterpriseForm(values: EnterpriseFormValues): CheckedEnterpriseForm {
  const problems = { ...enterpriseProblems(values), ...tenancyProblems(values) };
  const credit = validateCreditCode(values.creditCode);
  const creditCode = credit.ok ? credit.code : '';
  if (Object.keys(problems).length > 0) {
    return { problems, creditCode, enterprise: null, tenancy: null };
  }
  const subcategoryCode = isCultureSubcategoryCode(values.subcategoryCode)
    ? values.subcategoryCode
    : undefined;
  const enterprise: Draft<Enterprise> = {
    creditCode,
    name: values.name.trim(),
    formerNames: [],
    ...(subcategoryCode === undefined ? {} : { subcategoryCode }),
    digitalCulture: values.digitalCulture,
    aboveScaleByYear: {},
    tags: [],
    statisticalBasis: 'registered',
    status: 'active',
    ...withDefined({
      contactName: optional(values.contactName),
      contactPhone: optional(values.contactPhone),
    }),
  };
  return { problems, creditCode, enterprise, tenancy: stayOf(values) };
}

/**
 * Checks the fields of the stay only: moving a registered enterprise here takes its profile as
 * it is and needs nothing else.
 */
export function checkStay(values: EnterpriseFormValues): {
  readonly problems: FormProblems;
  readonly tenancy: NewStay | null;
} {
  const problems = tenancyProblems(values);
  return { problems, tenancy: Object.keys(problems).length > 0 ? null : stayOf(values) };
}

/** The fields of `fields` that have a value: optional record fields are left out, not undefined. */
function withDefined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
