/**
 * Enterprise records from the demo's profiles: a unique fictional name and credit code each,
 * 行业 and 数字文化 as profiled, 规上 status per year, and a few tags on the largest firms.
 */
import type { Enterprise, EnterpriseTag } from '../enterprises/enterprise';
import { enterpriseTags } from '../enterprises/enterprise';
import { createCreditCodeIssuer } from './demo-credit-codes';
import { demoId, demoRecord, sequenceLabel } from './demo-meta';
import { enterpriseName } from './demo-names';
import { demoReportYears, type EnterpriseProfile } from './enterprise-profiles';
import type { Random } from './random';

/** 注册资本 steps, in 元, that founders choose. */
const capitalStepsYuan = [
  1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000,
  200_000_000, 500_000_000,
];
const digitalLeanSubcategories = new Set(['014', '024', '045', '095', '032']);

function revenue2024(profile: EnterpriseProfile): number {
  return profile.years[2024]?.revenueYuan ?? 0;
}

/** The largest 2024 规上 firms by revenue, largest first. */
function rankedAboveScale(profiles: readonly EnterpriseProfile[]): EnterpriseProfile[] {
  return profiles
    .filter((profile) => profile.aboveScale[2024])
    .sort((a, b) => revenue2024(b) - revenue2024(a) || a.index - b.index);
}

function drawTags(
  random: Random,
  profiles: readonly EnterpriseProfile[],
): Map<number, Set<EnterpriseTag>> {
  const tags = new Map<number, Set<EnterpriseTag>>();
  const add = (profile: EnterpriseProfile, tag: EnterpriseTag) => {
    const set = tags.get(profile.index) ?? new Set<EnterpriseTag>();
    set.add(tag);
    tags.set(profile.index, set);
  };
  const ranked = rankedAboveScale(profiles);
  ranked.slice(0, Math.ceil(ranked.length * 0.005)).forEach((profile) => add(profile, 'listed'));
  ranked.slice(0, Math.ceil(ranked.length * 0.01)).forEach((profile) => add(profile, 'leading'));
  ranked
    .filter((profile) => profile.digitalClass !== undefined && profile.foundedOn >= '2012')
    .slice(0, Math.round(ranked.length * 0.002))
    .forEach((profile) => add(profile, 'unicorn'));
  for (const profile of profiles) {
    const leansDigital =
      profile.subcategory !== undefined && digitalLeanSubcategories.has(profile.subcategory);
    if (leansDigital && random.chance(0.12)) add(profile, 'high-tech');
    if (leansDigital && random.chance(0.03)) add(profile, 'specialised-innovative');
    if (profile.subcategory === '024' && random.chance(0.06)) add(profile, 'mcn');
    if (profile.aboveScale[2024] && random.chance(0.01)) add(profile, 'key-cultural-exporter');
  }
  return tags;
}

function registeredCapital(random: Random, profile: EnterpriseProfile): number {
  const size = Math.log10(Math.max(1e5, revenue2024(profile) || 1e6));
  const step = Math.round(size - 6 + random.int(-1, 1));
  return capitalStepsYuan[Math.min(capitalStepsYuan.length - 1, Math.max(0, step))] ?? 1_000_000;
}

function localEnterpriseId(index: number, count: number): string {
  return `ent-${sequenceLabel(index, count)}`;
}

/** The id of the demo enterprise made from the profile at `index` of `count`. */
export function demoEnterpriseId(index: number, count: number): string {
  return demoId(localEnterpriseId(index, count));
}

/**
 * Makes the enterprises of the profiles a share at a time, the shares taken in the profiles'
 * order: together they are the same records as one share of them all, so a loader can store
 * some while the next are made. (The tags rank all the profiles at once; names and credit codes
 * are drawn in turn.)
 */
export function enterpriseMaker(
  random: Random,
  profiles: readonly EnterpriseProfile[],
): (share: readonly EnterpriseProfile[]) => Enterprise[] {
  const codes = createCreditCodeIssuer(random.fork('credit-codes'));
  const tags = drawTags(random.fork('tags'), profiles);
  const names = new Set<string>();
  const uniqueName = (profile: EnterpriseProfile) => {
    for (;;) {
      const name = enterpriseName(random, profile.subcategory);
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const make = (profile: EnterpriseProfile): Enterprise => {
    const foundedYear = Number(profile.foundedOn.slice(0, 4));
    const aboveScaleByYear: Record<string, boolean> = {};
    for (const year of demoReportYears) {
      if (foundedYear <= year) aboveScaleByYear[String(year)] = profile.aboveScale[year];
    }
    const ownTags = tags.get(profile.index);
    return demoRecord(localEnterpriseId(profile.index, profiles.length), {
      creditCode: codes.issue(foundedYear),
      name: uniqueName(profile),
      formerNames: random.chance(0.03) ? [uniqueName(profile)] : [],
      foundedOn: profile.foundedOn,
      registeredCapitalYuan: registeredCapital(random, profile),
      ...(profile.subcategory === undefined ? {} : { subcategoryCode: profile.subcategory }),
      digitalCulture: profile.digitalClass !== undefined,
      ...(profile.digitalClass === undefined
        ? {}
        : { digitalCultureClassId: profile.digitalClass }),
      aboveScaleByYear,
      tags: enterpriseTags.filter((tag) => ownTags?.has(tag) === true),
      statisticalBasis: random.chance(0.08) ? 'operating' : 'registered',
      status: profile.movedOutOn === undefined ? 'active' : 'moved-out',
    });
  };
  return (share) => share.map(make);
}
