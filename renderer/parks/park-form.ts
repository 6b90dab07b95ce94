/**
 * The park profile as typed into the form (all text) and back to a park, validated by the
 * model's own schema so each problem is shown on its field in the model's words.
 */
import { parkSchema, type Park } from '../../shared/parks/park';
import type { LocalizedText } from '../../shared/text/localized-text';
import { fieldProblems } from '../records/field-problems';

export interface ParkFormValues {
  name: string;
  aliases: string;
  districtCode: string;
  streetCode: string;
  inExperimentalZone: boolean;
  address: string;
  operatorName: string;
  operatorCreditCode: string;
  themes: string;
  landAreaSqm: string;
  floorAreaSqm: string;
  rentableAreaSqm: string;
  contactName: string;
  contactPhone: string;
  cultivationTier: Park['cultivationTier'];
  notes: string;
}

const listSeparator = /[、,，;；\s]+/;

export function parkFormValues(park: Park): ParkFormValues {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    name: park.name,
    aliases: park.aliases.join('、'),
    districtCode: text(park.districtCode),
    streetCode: text(park.streetCode),
    inExperimentalZone: park.inExperimentalZone,
    address: text(park.address),
    operatorName: text(park.operatorName),
    operatorCreditCode: text(park.operatorCreditCode),
    themes: park.themes.join('、'),
    landAreaSqm: text(park.landAreaSqm),
    floorAreaSqm: text(park.floorAreaSqm),
    rentableAreaSqm: text(park.rentableAreaSqm),
    contactName: text(park.contactName),
    contactPhone: text(park.contactPhone),
    cultivationTier: park.cultivationTier,
    notes: text(park.notes),
  };
}

export type ParkFormProblems = Partial<Record<keyof ParkFormValues, LocalizedText>>;

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number, undefined when blank, or NaN (which the schema refuses) when not a number. */
function area(value: string): number | undefined {
  const trimmed = value.trim().replace(/,/g, '');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The park with the form's values, or the problems by field. */
export function parkFromForm(
  park: Park,
  values: ParkFormValues,
): { ok: true; park: Park } | { ok: false; problems: ParkFormProblems } {
  const candidate = {
    ...park,
    name: values.name.trim(),
    aliases: values.aliases.split(listSeparator).filter(Boolean),
    districtCode: optional(values.districtCode),
    streetCode: optional(values.streetCode),
    inExperimentalZone: values.inExperimentalZone,
    address: optional(values.address),
    operatorName: optional(values.operatorName),
    operatorCreditCode: optional(values.operatorCreditCode),
    themes: values.themes.split(listSeparator).filter(Boolean),
    landAreaSqm: area(values.landAreaSqm),
    floorAreaSqm: area(values.floorAreaSqm),
    rentableAreaSqm: area(values.rentableAreaSqm),
    contactName: optional(values.contactName),
    contactPhone: optional(values.contactPhone),
    cultivationTier: values.cultivationTier,
    notes: optional(values.notes),
  };
  const result = parkSchema.safeParse(candidate);
  if (result.success) return { ok: true, park: result.data };
  return {
    ok: false,
    problems: fieldProblems(result.error.issues, Object.keys(values) as (keyof ParkFormValues)[]),
  };
}
