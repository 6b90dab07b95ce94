/**
 * An enterprise's profile as typed into its page's form (all text) and back to the enterprise,
 * validated by the model's own schema so each problem is shown on its field in the model's
 * words. The credit code is the enterprise's identity and is not edited here.
 */
import { enterpriseSchema, type Enterprise } from '../../shared/enterprises/enterprise';
import { formatMoney, toYuan } from '../../shared/money/money';
import { toHalfWidth } from '../../shared/text/half-width';
import type { LocalizedText } from '../../shared/text/localized-text';
import { fieldProblems } from '../records/field-problems';
import { readDate } from './entry/enterprise-form';

export interface EnterpriseProfileValues {
  name: string;
  formerNames: string;
  foundedOn: string;
  registeredCapitalWan: string;
  subcategoryCode: string;
  digitalCulture: boolean;
  status: Enterprise['status'];
  statisticalBasis: Enterprise['statisticalBasis'];
  contactName: string;
  contactPhone: string;
  notes: string;
}

export type EnterpriseProfileField = keyof EnterpriseProfileValues;
export type EnterpriseProfileProblems = Partial<Record<EnterpriseProfileField, LocalizedText>>;

/** The form's fields by the model field a schema problem names. */
const fieldOfModel: Readonly<Record<string, EnterpriseProfileField>> = {
  name: 'name',
  formerNames: 'formerNames',
  foundedOn: 'foundedOn',
  registeredCapitalYuan: 'registeredCapitalWan',
  subcategoryCode: 'subcategoryCode',
  status: 'status',
  statisticalBasis: 'statisticalBasis',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  notes: 'notes',
};

const listSeparator = /[、,，;；]+/;

export function enterpriseProfileValues(enterprise: Enterprise): EnterpriseProfileValues {
  return {
    name: enterprise.name,
    formerNames: enterprise.formerNames.join('、'),
    foundedOn: enterprise.foundedOn ?? '',
    registeredCapitalWan:
      enterprise.registeredCapitalYuan === undefined
        ? ''
        : formatMoney(enterprise.registeredCapitalYuan, { unit: 'wan-yuan', fractionDigits: 4 })
            .replace(/,/g, '')
            .replace(/\.?0+$/, ''),
    subcategoryCode: enterprise.subcategoryCode ?? '',
    digitalCulture: enterprise.digitalCulture,
    status: enterprise.status,
    statisticalBasis: enterprise.statisticalBasis,
    contactName: enterprise.contactName ?? '',
    contactPhone: enterprise.contactPhone ?? '',
    notes: enterprise.notes ?? '',
  };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** 万元 to integer 元; undefined when blank, NaN (which the schema refuses) when not a number. */
function capitalYuan(text: string): number | undefined {
  const plain = toHalfWidth(text).trim().replace(/,/g, '');
  if (plain === '') return undefined;
  return toYuan(plain, 'wan-yuan') ?? Number.NaN;
}

/** The enterprise with the form's values, or the problems by field. */
export function enterpriseFromProfile(
  enterprise: Enterprise,
  values: EnterpriseProfileValues,
): { ok: true; enterprise: Enterprise } | { ok: false; problems: EnterpriseProfileProblems } {
  const code = toHalfWidth(values.subcategoryCode).trim();
  const candidate: Record<string, unknown> = {
    ...enterprise,
    name: values.name.trim(),
    formerNames: values.formerNames
      .split(listSeparator)
      .map((name) => name.trim())
      .filter(Boolean),
    // A date the reader cannot make out goes to the schema as typed, which says what is wrong.
    foundedOn: readDate(values.foundedOn) ?? optional(values.foundedOn),
    registeredCapitalYuan: capitalYuan(values.registeredCapitalWan),
    subcategoryCode: code === '' ? undefined : code.padStart(3, '0'),
    digitalCulture: values.digitalCulture,
    status: values.status,
    statisticalBasis: values.statisticalBasis,
    contactName: optional(values.contactName),
    contactPhone: optional(values.contactPhone),
    notes: optional(values.notes),
  };
  // Optional fields are left out, not stored as undefined, so an unchanged profile compares equal.
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined) Reflect.deleteProperty(candidate, key);
  }
  const result = enterpriseSchema.safeParse(candidate);
  if (result.success) return { ok: true, enterprise: result.data };
  const byModel = fieldProblems(result.error.issues, Object.keys(fieldOfModel));
  const problems: EnterpriseProfileProblems = {};
  for (const [modelField, problem] of Object.entries(byModel)) {
    const field = fieldOfModel[modelField];
    if (field !== undefined && problem !== undefined) problems[field] = problem;
  }
  return { ok: false, problems };
}
