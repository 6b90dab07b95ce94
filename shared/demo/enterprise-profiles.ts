/**
 * The hidden story of each demo enterprise, from which its records are written: when it was
 * founded, its 行业, where it is housed and whether it moves or leaves, its 规上 status, and its
 * revenue, margins and staff per year. Records (enterprise, tenancies, reports, financing) are
 * projections of these profiles, so they agree with one another by construction.
 *
 * The 2024 规上 firms are chosen and their 1–10月 revenue fitted so that the demo's totals match
 * the district's published 2024年1–10月 figures, scaled to the demo's size.
 */
import { makeIsoDate, type IsoDate } from '../dates/iso-date';
import {
  cultureSubcategories,
  domainOfSubcategory,
  type CultureSubcategoryCode,
} from '../reference/culture-classification';
import {
  digitalCultureClassesUnder,
  type DigitalCultureClassId,
} from '../reference/digital-culture';
import type { DemoParkSite } from './demo-parks';
import { fitToMargins } from './fit-to-margins';
import { districtScale, publishedFigures2024JanOct } from './published-figures';
import type { Random } from './random';

/** The years the demo has monthly reports for. */
export const demoReportYears = [2023, 2024] as const;
export type DemoReportYear = (typeof demoReportYears)[number];
/** A report's 上年同期 for 2023 needs the year before. */
type ProfileYear = 2022 | DemoReportYear;

/** 规上 firms in 2023; not published, a little under 2024's. */
const aboveScaleFirms2023 = 2690;
/** The share of 2024's 规上 firms that were already 规上 in 2023. */
const aboveScaleRetention = 0.94;
const nonCultureShare = 0.1;
const moveShare = 0.05;
const moveOutShare = 0.03;

export interface YearFigures {
  /** Revenue over the months the firm was active in the year, in 元 (not yet rounded). */
  readonly revenueYuan: number;
  /** Cumulative share of the year's revenue by the end of month m, index 0–12; [12] = 1. */
  readonly cumulativeShare: readonly number[];
  readonly profitMargin: number;
  /** 期末从业人员 at the end of the year. */
  readonly employeesAtYearEnd: number;
}

export interface EnterpriseProfile {
  readonly index: number;
  readonly foundedOn: IsoDate;
  readonly subcategory: CultureSubcategoryCode | undefined;
  readonly digitalClass: DigitalCultureClassId | undefined;
  readonly parkIndex: number;
  readonly inZone: boolean;
  /** A move to another park of the same 实验区 status. */
  readonly move: { readonly on: IsoDate; readonly toParkIndex: number } | undefined;
  /** Left its park and the district; it stops reporting. */
  readonly movedOutOn: IsoDate | undefined;
  readonly aboveScale: Readonly<Record<DemoReportYear, boolean>>;
  readonly years: Readonly<Partial<Record<ProfileYear, YearFigures>>>;
  readonly taxRate: number;
  /** Leaves 纳税总额 / 利润总额 blank on its forms (a blank is not a zero). */
  readonly omitsTax: boolean;
  readonly omitsProfit: boolean;
}

/** How often each 中类 occurs among the district's culture firms (advertising, design, film lead). */
const subcategoryWeights: Readonly<Record<CultureSubcategoryCode, number>> = {
  '011': 1,
  '012': 0.5,
  '013': 1,
  '014': 6,
  '021': 3,
  '022': 9,
  '023': 4,
  '024': 8,
  '025': 0.3,
  '026': 1,
  '027': 0.3,
  '031': 14,
  '032': 10,
  '041': 2,
  '042': 0.5,
  '043': 3,
  '044': 3,
  '045': 4,
  '046': 1,
  '047': 2,
  '051': 3,
  '052': 4,
  '061': 2,
  '062': 0.5,
  '063': 0.5,
  '071': 0.5,
  '072': 1,
  '073': 2,
  '074': 5,
  '075': 3,
  '076': 1,
  '077': 4,
  '081': 0.2,
  '082': 0.5,
  '083': 0.5,
  '084': 0.5,
  '085': 0.2,
  '086': 0.3,
  '091': 0.5,
  '092': 0.2,
  '093': 0.3,
  '094': 0.2,
  '095': 1.5,
};

/** The share of a 中类's firms that are 数字文化, where a 数字文化 小类 lies under it. */
const digitalShareBySubcategory: Readonly<Partial<Record<CultureSubcategoryCode, number>>> = {
  '013': 0.3,
  '014': 0.7,
  '021': 0.25,
  '024': 0.85,
  '031': 0.35,
  '045': 0.9,
  '073': 0.4,
  '095': 0.3,
};

/** 其他文化艺术业 has no known 中类; the demo files it under 创作表演服务. */
const otherArtsClassId: DigitalCultureClassId = 5;
const otherArtsShareOf023 = 0.1;

/** Monthly revenue pattern: a slow 春节 month, a strong December. */
const monthWeights = [7, 6, 8, 8, 8.2, 8.5, 8, 8, 8.5, 8.5, 9, 12.3];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * random.normal());
}

function drawFoundedOn(random: Random): IsoDate {
  const roll = random.next();
  // 5% founded in 2024 (before December), 5% in 2023, the rest over the years before.
  if (roll < 0.05) return makeIsoDate(2024, random.int(1, 11), random.int(1, 28));
  if (roll < 0.1) return makeIsoDate(2023, random.int(1, 12), random.int(1, 28));
  const year = Math.max(1995, 2022 - Math.floor(-7 * Math.log(1 - random.next())));
  return makeIsoDate(year, random.int(1, 12), random.int(1, 28));
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** The first month of `year` the firm trades in, or undefined if it was founded later. */
function firstActiveMonth(foundedOn: IsoDate, year: number): number | undefined {
  const foundedYear = yearOf(foundedOn);
  if (foundedYear > year) return undefined;
  return foundedYear === year ? monthOf(foundedOn) : 1;
}

/**
 * The share of the year's revenue reached by the end of each month (index 0: none yet), for a
 * firm trading from `fromMonth`. Drawn for every firm and year of the demo (~50,000 times), so
 * it builds one list in place of three.
 */
function cumulativeShares(random: Random, fromMonth: number): number[] {
  const shares = [0];
  let running = 0;
  monthWeights.forEach((weight, index) => {
    if (index + 1 >= fromMonth) running += weight * clamp(1 + 0.15 * random.normal(), 0.3, 2);
    shares.push(running);
  });
  for (let month = 1; month <= 12; month += 1) shares[month] = (shares[month] ?? 0) / running;
  shares[12] = 1;
  return shares;
}

const subcategoryCodes = cultureSubcategories.map((subcategory) => subcategory.code);
const subcategoryCodeWeights = subcategoryCodes.map((code) => subcategoryWeights[code]);

function drawSubcategory(random: Random): CultureSubcategoryCode | undefined {
  if (random.chance(nonCultureShare)) return undefined;
  return subcategoryCodes[random.weightedIndex(subcategoryCodeWeights)];
}

function drawDigitalClass(
  random: Random,
  subcategory: CultureSubcategoryCode | undefined,
): DigitalCultureClassId | undefined {
  if (subcategory === undefined) return undefined;
  if (subcategory === '023') {
    return random.chance(otherArtsShareOf023) ? otherArtsClassId : undefined;
  }
  const share = digitalShareBySubcategory[subcategory];
  if (share === undefined || !random.chance(share)) return undefined;
  return random.pick(digitalCultureClassesUnder(subcategory)).id;
}

function firstOfNextMonth(date: IsoDate): IsoDate {
  const month = monthOf(date);
  return month === 12
    ? makeIsoDate(yearOf(date) + 1, 1, 1)
    : makeIsoDate(yearOf(date), month + 1, 1);
}

/** A day (1–28, which every month has) in a month from `from`'s to `to`'s. */
function drawDateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const fromIndex = yearOf(from) * 12 + monthOf(from) - 1;
  const toIndex = yearOf(to) * 12 + monthOf(to) - 1;
  const monthIndex = random.int(fromIndex, toIndex);
  return makeIsoDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, random.int(1, 28));
}

interface Draft {
  index: number;
  foundedOn: IsoDate;
  subcategory: CultureSubcategoryCode | undefined;
  digitalClass: DigitalCultureClassId | undefined;
  parkIndex: number;
  inZone: boolean;
  move: EnterpriseProfile['move'];
  movedOutOn: IsoDate | undefined;
  aboveScale: Record<DemoReportYear, boolean>;
}

function draftEnterprises(random: Random, count: number, sites: readonly DemoParkSite[]): Draft[] {
  const attractions = sites.map((site) => site.attraction);
  return Array.from({ length: count }, (_, index) => {
    const subcategory = drawSubcategory(random);
    const parkIndex = random.weightedIndex(attractions);
    const site = sites[parkIndex];
    return {
      index,
      foundedOn: drawFoundedOn(random),
      subcategory,
      digitalClass: drawDigitalClass(random, subcategory),
      parkIndex,
      inZone: site?.park.inExperimentalZone ?? false,
      move: undefined,
      movedOutOn: undefined,
      aboveScale: { 2023: false, 2024: false },
    };
  });
}

/**
 * The 2024 规上 firms: exactly the published count scaled, split between the 实验区 and the
 * rest as published, from culture firms trading since before 2022 (so both years are whole).
 */
function chooseAboveScale(random: Random, drafts: Draft[], scale: number): void {
  const figures = publishedFigures2024JanOct;
  const total = Math.round(figures.aboveScaleFirms * scale);
  const inZone = Math.round(figures.experimentalZoneFirms * scale);
  const eligible = drafts.filter(
    (draft) => draft.subcategory !== undefined && yearOf(draft.foundedOn) <= 2021,
  );
  const chosen2024 = [
    ...random.sample(
      eligible.filter((draft) => draft.inZone),
      inZone,
    ),
    ...random.sample(
      eligible.filter((draft) => !draft.inZone),
      total - inZone,
    ),
  ];
  for (const draft of chosen2024) {
    draft.aboveScale[2024] = true;
    draft.aboveScale[2023] = random.chance(aboveScaleRetention);
  }
  const retained = chosen2024.filter((draft) => draft.aboveScale[2023]).length;
  const dropped = random.sample(
    eligible.filter((draft) => !draft.aboveScale[2024]),
    Math.round(aboveScaleFirms2023 * scale) - retained,
  );
  for (const draft of dropped) draft.aboveScale[2023] = true;
}

/** Moves keep a firm inside or outside the 实验区, so the zone's 规上 count holds all year. */
function drawMovesAndMoveOuts(random: Random, drafts: Draft[], sites: readonly DemoParkSite[]) {
  const firstChange: IsoDate = '2023-03-01';
  const lastChange: IsoDate = '2024-12-01';
  for (const draft of drafts) {
    // From the month after founding, so that no stay is empty.
    const afterFounding = firstOfNextMonth(draft.foundedOn);
    const earliest = afterFounding > firstChange ? afterFounding : firstChange;
    if (earliest > lastChange) continue;
    const everAboveScale = draft.aboveScale[2023] || draft.aboveScale[2024];
    if (!everAboveScale && random.chance(moveOutShare)) {
      draft.movedOutOn = drawDateBetween(random, earliest, lastChange);
    } else if (random.chance(moveShare)) {
      const weights = sites.map((site, index) =>
        index !== draft.parkIndex && site.park.inExperimentalZone === draft.inZone
          ? site.attraction
          : 0,
      );
      if (weights.every((weight) => weight === 0)) continue;
      draft.move = {
        on: drawDateBetween(random, earliest, lastChange),
        toParkIndex: random.weightedIndex(weights),
      };
    }
  }
}

/** Run-rate revenue per year for firms outside the fitted 2024 规上 set. */
function unfittedRunRates(random: Random, draft: Draft): Partial<Record<ProfileYear, number>> {
  if (draft.aboveScale[2023]) {
    // 规上 in 2023 only: it fell back below the threshold in 2024.
    const rate2023 = logNormal(random, 3e7, 0.6);
    return {
      2022: rate2023 / (1 + clamp(0.05 + 0.15 * random.normal(), -0.5, 1)),
      2023: rate2023,
      2024: rate2023 * (0.25 + 0.45 * random.next()),
    };
  }
  const rate2024 = Math.min(1.8e7, logNormal(random, 2.5e6, 1));
  const rate2023 = rate2024 / (1 + clamp(0.05 + 0.2 * random.normal(), -0.5, 1.5));
  return {
    2022: rate2023 / (1 + clamp(0.05 + 0.2 * random.normal(), -0.5, 1.5)),
    2023: rate2023,
    2024: rate2024,
  };
}

/**
 * The 2024 规上 firms' 1–10月 revenue: a heavy-tailed draw fitted to the published total,
 * 核心领域, 数字文化 and 实验区 revenue.
 */
function fittedJanOctRevenue(random: Random, drafts: readonly Draft[], scale: number) {
  const figures = publishedFigures2024JanOct;
  const firms = drafts.filter((draft) => draft.aboveScale[2024]);
  const draws = firms.map(() => logNormal(random, 1, 1.4));
  const fitted = fitToMargins(firms, draws, figures.revenueYuan * scale, [
    {
      includes: isCore,
      targetTotal: figures.coreDomainRevenueYuan * scale,
    },
    {
      includes: (draft) => draft.digitalClass !== undefined,
      targetTotal: figures.digitalCultureRevenueYuan * scale,
    },
    { includes: (draft) => draft.inZone, targetTotal: figures.experimentalZoneRevenueYuan * scale },
  ]);
  return new Map(firms.map((draft, index) => [draft.index, fitted[index] ?? 0]));
}

function yearFigures(
  random: Random,
  draft: Draft,
  year: ProfileYear,
  runRate: number,
  employeesAtYearEnd: number,
  janOctYuan?: number,
): YearFigures | undefined {
  const fromMonth = firstActiveMonth(draft.foundedOn, year);
  if (fromMonth === undefined) return undefined;
  const cumulativeShare = cumulativeShares(random, fromMonth);
  const revenueYuan =
    janOctYuan === undefined
      ? (runRate * (13 - fromMonth)) / 12
      : janOctYuan / (cumulativeShare[10] ?? 1);
  const profitMargin = draft.aboveScale[2024]
    ? clamp(0.07 + 0.06 * random.normal(), -0.3, 0.4)
    : clamp(0.03 + 0.12 * random.normal(), -0.6, 0.5);
  return { revenueYuan, cumulativeShare, profitMargin, employeesAtYearEnd };
}

function employeesFor(random: Random, revenueYuan: number, aboveScale: boolean): number {
  return aboveScale
    ? Math.round(clamp(revenueYuan / logNormal(random, 1.2e6, 0.5), 20, 50_000))
    : Math.round(clamp(revenueYuan / logNormal(random, 4e5, 0.4), 1, 300));
}

type ProfileYears = Partial<Record<ProfileYear, YearFigures>>;

function addYear(years: ProfileYears, year: ProfileYear, figures: YearFigures | undefined): void {
  if (figures !== undefined) years[year] = figures;
}

/** Years of a firm outside the fitted set: drawn run rates, staff shrinking into the past. */
function unfittedYears(random: Random, draft: Draft): ProfileYears {
  const runRates = unfittedRunRates(random, draft);
  const years: ProfileYears = {};
  let employees = employeesFor(random, runRates[2024] ?? 0, false);
  for (const year of [2024, 2023, 2022] as const) {
    addYear(years, year, yearFigures(random, draft, year, runRates[year] ?? 0, employees));
    employees = Math.max(1, Math.round(employees * (0.85 + 0.2 * random.next())));
  }
  return years;
}

/** Years of a 2024 规上 firm: 2024 from its fitted 1–10月 revenue, earlier years by growth. */
function fittedYears(random: Random, draft: Draft, janOctYuan: number): ProfileYears {
  const years: ProfileYears = {};
  const figures2024 = yearFigures(random, draft, 2024, 0, 0, janOctYuan);
  const revenue2024 = figures2024?.revenueYuan ?? 0;
  const employees2024 = employeesFor(random, revenue2024, true);
  if (figures2024 !== undefined) {
    years[2024] = { ...figures2024, employeesAtYearEnd: employees2024 };
  }
  // Firms new to 规上 in 2024 grew into it.
  const growth2024 = draft.aboveScale[2023]
    ? clamp(0.03 + 0.15 * random.normal(), -0.5, 1.5)
    : 0.3 + 0.7 * random.next();
  const revenue2023 = revenue2024 / (1 + growth2024);
  const employees2023 = Math.max(1, Math.round(employees2024 / (1 + growth2024 / 2)));
  addYear(years, 2023, yearFigures(random, draft, 2023, revenue2023, employees2023));
  const revenue2022 = revenue2023 / (1 + clamp(0.02 + 0.15 * random.normal(), -0.5, 1.5));
  const employees2022 = Math.max(1, Math.round(employees2023 * (0.9 + 0.15 * random.next())));
  addYear(years, 2022, yearFigures(random, draft, 2022, revenue2022, employees2022));
  return years;
}

function isCore(profile: Pick<EnterpriseProfile, 'subcategory'>): boolean {
  return profile.subcategory !== undefined && domainOfSubcategory(profile.subcategory) === 'core';
}

function janOctRevenue(figures: YearFigures | undefined): number {
  return figures === undefined ? 0 : figures.revenueYuan * (figures.cumulativeShare[10] ?? 0);
}

/**
 * Scales the 2024 规上 firms' earlier years by one factor so that 核心领域 grows by the
 * published rate. Each firm keeps its own growth relative to the others; 2022 moves with 2023
 * so that 2023's own growth is unchanged.
 */
function calibrateCoreGrowth(profiles: EnterpriseProfile[]): EnterpriseProfile[] {
  const core = profiles.filter((profile) => profile.aboveScale[2024] && isCore(profile));
  const current = core.reduce((sum, profile) => sum + janOctRevenue(profile.years[2024]), 0);
  const prior = core.reduce((sum, profile) => sum + janOctRevenue(profile.years[2023]), 0);
  if (current === 0 || prior === 0) return profiles;
  const factor = current / (1 + publishedFigures2024JanOct.coreDomainYoyPercent / 100) / prior;
  const scaled = (figures: YearFigures | undefined) =>
    figures === undefined ? undefined : { ...figures, revenueYuan: figures.revenueYuan * factor };
  return profiles.map((profile) => {
    if (!profile.aboveScale[2024]) return profile;
    const years: ProfileYears = { ...profile.years };
    const [figures2023, figures2022] = [scaled(profile.years[2023]), scaled(profile.years[2022])];
    if (figures2023 !== undefined) years[2023] = figures2023;
    if (figures2022 !== undefined) years[2022] = figures2022;
    return { ...profile, years };
  });
}

export interface EnterpriseProfileOptions {
  readonly enterprises: number;
}

export function generateEnterpriseProfiles(
  random: Random,
  sites: readonly DemoParkSite[],
  options: EnterpriseProfileOptions,
): EnterpriseProfile[] {
  const scale = options.enterprises / districtScale.enterprises;
  const drafts = draftEnterprises(random.fork('drafts'), options.enterprises, sites);
  chooseAboveScale(random.fork('above-scale'), drafts, scale);
  drawMovesAndMoveOuts(random.fork('moves'), drafts, sites);
  const janOct2024 = fittedJanOctRevenue(random.fork('fitted-revenue'), drafts, scale);
  const figuresRandom = random.fork('figures');

  const profiles = drafts.map((draft): EnterpriseProfile => {
    const janOct = janOct2024.get(draft.index);
    const everAboveScale = draft.aboveScale[2023] || draft.aboveScale[2024];
    return {
      index: draft.index,
      foundedOn: draft.foundedOn,
      subcategory: draft.subcategory,
      digitalClass: draft.digitalClass,
      parkIndex: draft.parkIndex,
      inZone: draft.inZone,
      move: draft.move,
      movedOutOn: draft.movedOutOn,
      aboveScale: draft.aboveScale,
      years:
        janOct === undefined
          ? unfittedYears(figuresRandom, draft)
          : fittedYears(figuresRandom, draft, janOct),
      taxRate: 0.015 + 0.045 * figuresRandom.next(),
      omitsTax: !everAboveScale && figuresRandom.chance(0.04),
      omitsProfit: !everAboveScale && figuresRandom.chance(0.03),
    };
  });
  return calibrateCoreGrowth(profiles);
}
