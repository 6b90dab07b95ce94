/**
 * A record change as people read it: which record (by name, not id), and each field's old and
 * new value in words: money in 万元, codes and choices by their labels, parks and enterprises by
 * name, a plan's milestones one by one.
 */
import type { TFunction } from 'i18next';
import {
  milestoneStatusLabels,
  revenueBaseLabels,
  type Milestone,
} from '../../shared/cultivation/cultivation-plan';
import {
  enterpriseStatusLabels,
  enterpriseTagLabels,
  statisticalBasisLabels,
  type EnterpriseTag,
} from '../../shared/enterprises/enterprise';
import { parkEventTypeLabels } from '../../shared/events/park-event';
import { financingKindLabels } from '../../shared/financing/financing';
import type { FieldChange } from '../../shared/history/record-history';
import { formatMoney } from '../../shared/money/money';
import {
  certificationTierLabels,
  cultivationTierLabels,
  type Certification,
} from '../../shared/parks/park';
import { periodLabel, type Period } from '../../shared/periods/period';
import { findStreet } from '../../shared/reference/chaoyang-streets';
import { findSubcategory } from '../../shared/reference/culture-classification';
import { findDigitalCultureClass } from '../../shared/reference/digital-culture';
import { fieldLabel } from '../../shared/registry/field-labels';
import type {
  ContentTable,
  StoredRecord,
  StoredRecords,
} from '../../shared/registry/registry-tables';
import type { LocalizedText } from '../../shared/text/localized-text';
import type { Language } from '../app/format-figure';

export interface NameLookup {
  readonly parkName: (id: string) => string | undefined;
  readonly enterpriseName: (id: string) => string | undefined;
}

export interface ReadingContext {
  readonly t: TFunction;
  readonly language: Language;
  readonly names: NameLookup;
}

/** Fields whose values are labels of a fixed set of choices, by table. */
const choiceLabels: Partial<
  Record<ContentTable, Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>>
> = {
  parks: { cultivationTier: cultivationTierLabels },
  enterprises: { status: enterpriseStatusLabels, statisticalBasis: statisticalBasisLabels },
  cultivationPlans: { revenueBase: revenueBaseLabels },
  parkEvents: { type: parkEventTypeLabels },
  financings: { kind: financingKindLabels },
};

function milestoneText(milestone: Milestone, context: ReadingContext): string {
  const { t, language } = context;
  const label = milestoneStatusLabels[milestone.status][language];
  const status =
    milestone.status === 'done' && milestone.doneOn !== undefined
      ? t('history.withDetail', { main: label, detail: milestone.doneOn })
      : label;
  return t('history.milestoneState', { status, due: t('history.due', { date: milestone.dueOn }) });
}

function isMilestone(value: unknown): value is Milestone {
  return typeof value === 'object' && value !== null && 'dueOn' in value && 'title' in value;
}

/** One field's value in words; "（空）" for none. */
export function readableValue(
  table: ContentTable,
  field: string,
  value: unknown,
  context: ReadingContext,
): string {
  const { t, language, names } = context;
  if (value === undefined || value === null || value === '') return t('history.emptyValue');
  if (Array.isArray(value) && value.length === 0) return t('history.emptyValue');
  const choices = choiceLabels[table]?.[field];
  if (choices !== undefined && typeof value === 'string') {
    return choices[value]?.[language] ?? value;
  }
  if (typeof value === 'number') {
    if (field.endsWith('Yuan')) return formatMoney(value, { unit: 'wan-yuan', withUnit: language });
    if (field.endsWith('Percent')) return `${value.toFixed(1)}%`;
    if (field.endsWith('Sqm')) return `${value.toLocaleString('en-US')} ㎡`;
    if (field === 'digitalCultureClassId')
      return findDigitalCultureClass(value)?.name ?? String(value);
    if (field.endsWith('Year')) return t('history.year', { year: value });
    return value.toLocaleString('en-US');
  }
  if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
  if (typeof value === 'string') {
    if (field === 'parkId') return names.parkName(value) ?? value;
    if (field === 'enterpriseId') return names.enterpriseName(value) ?? value;
    if (field === 'streetCode') return findStreet(value)?.name ?? value;
    if (field === 'subcategoryCode') {
      const subcategory = findSubcategory(value);
      return subcategory === undefined ? value : `${subcategory.code} ${subcategory.name}`;
    }
    if (field === 'period') return periodLabel(value as Period)[language];
    return value;
  }
  if (Array.isArray(value)) {
    if (field === 'tags') {
      return value
        .map((tag) => enterpriseTagLabels[tag as EnterpriseTag][language])
        .join(t('history.enumSeparator'));
    }
    if (field === 'certifications') {
      return (value as Certification[])
        .map(
          (item) =>
            `${t('history.year', { year: item.year })} ${certificationTierLabels[item.tier][language]}`,
        )
        .join(t('history.listSeparator'));
    }
    if (value.every(isMilestone)) {
      return value
        .map((item) =>
          t('history.withDetail', { main: item.title, detail: milestoneText(item, context) }),
        )
        .join(t('history.listSeparator'));
    }
    return value.map(String).join(t('history.enumSeparator'));
  }
  if (field === 'aboveScaleByYear') {
    return Object.entries(value as Record<string, boolean>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([year, above]) =>
          `${t('history.year', { year })} ${above ? t('history.above') : t('history.notAbove')}`,
      )
      .join(t('history.listSeparator'));
  }
  if (isMilestone(value)) return milestoneText(value, context);
  return JSON.stringify(value);
}

function milestonesOf(value: unknown): Milestone[] {
  return Array.isArray(value) ? value.filter(isMilestone) : [];
}

/**
 * The field changes as they are listed: a plan's milestones one by one (added, removed or
 * changed), every other field as it is.
 */
export function listedFieldChanges(
  table: ContentTable,
  fields: readonly FieldChange[],
  t: TFunction,
): FieldChange[] {
  return fields.flatMap((change): FieldChange[] => {
    if (table !== 'cultivationPlans' || change.field !== 'milestones') return [change];
    const before = new Map(milestonesOf(change.before).map((item) => [item.id, item]));
    const after = new Map(milestonesOf(change.after).map((item) => [item.id, item]));
    const ids = [...new Set([...before.keys(), ...after.keys()])];
    return ids.flatMap((id) => {
      const previous = before.get(id);
      const next = after.get(id);
      if (JSON.stringify(previous) === JSON.stringify(next)) return [];
      const title = next?.title ?? previous?.title ?? id;
      const label = {
        zh: t('history.milestone', { title, lng: 'zh-CN' }),
        en: t('history.milestone', { title, lng: 'en' }),
      };
      return [{ field: 'milestone', label, before: previous, after: next }];
    });
  });
}

/** The label of a field change: the model's name for the field, or the change's own label. */
export function fieldChangeLabel(
  table: ContentTable,
  change: FieldChange,
  language: Language,
): string {
  return change.field === 'milestone'
    ? change.label[language]
    : fieldLabel(table, change.field)[language];
}

/** The record a change is about, named for people. */
export function recordTitle(
  table: ContentTable,
  record: StoredRecord,
  period: Period | undefined,
  context: ReadingContext,
): string {
  const { t, language, names } = context;
  const park = (id: string) => names.parkName(id) ?? id;
  const enterprise = (id: string) => names.enterpriseName(id) ?? id;
  switch (table) {
    case 'parks':
      return t('history.record.park', { name: (record as StoredRecords['parks']).name });
    case 'enterprises':
      return t('history.record.enterprise', {
        name: (record as StoredRecords['enterprises']).name,
      });
    case 'tenancies': {
      const tenancy = record as StoredRecords['tenancies'];
      return t('history.record.tenancy', {
        enterprise: enterprise(tenancy.enterpriseId),
        park: park(tenancy.parkId),
      });
    }
    case 'reportYears': {
      const year = record as StoredRecords['reportYears'];
      return t('history.record.report', {
        enterprise: enterprise(year.enterpriseId),
        period:
          period === undefined
            ? t('history.year', { year: year.year })
            : periodLabel(period)[language],
      });
    }
    case 'cultivationPlans':
      return t('history.record.plan', {
        park: park((record as StoredRecords['cultivationPlans']).parkId),
      });
    case 'parkEvents': {
      const event = record as StoredRecords['parkEvents'];
      return t('history.record.event', { title: event.title, park: park(event.parkId) });
    }
    case 'financings': {
      const financing = record as StoredRecords['financings'];
      return t('history.record.financing', {
        enterprise: enterprise(financing.enterpriseId),
        lender: financing.lender,
      });
    }
  }
}
