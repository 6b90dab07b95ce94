/**
 * The demo's parks: the 16 real ones with exactly their sourced facts, and generated ones with
 * fictional names to make up the district's ~100. Everything not in the sources (areas, the
 * 实验区 flag, cultivation) is synthetic for real and generated parks alike. Areas are set later
 * from the tenants (see `withAreas`) so that occupancy stays plausible.
 */
import { makeIsoDate } from '../dates/iso-date';
import type { Certification, CertificationTier, Park } from '../parks/park';
import { isMunicipalTier, parkThemeSuggestions } from '../parks/park';
import { chaoyangStreets, findStreet } from '../reference/chaoyang-streets';
import { createCreditCodeIssuer } from './demo-credit-codes';
import { demoRecord, sequenceLabel } from './demo-meta';
import { parkName, parkOperatorName } from './demo-names';
import type { Random } from './random';
import { realParks, type RealParkFacts } from './real-parks';

/** How many generated parks are 百亿园区 candidates with cultivation plans. */
export const plannedParkCount = 5;

export interface DemoParkSite {
  readonly park: Park;
  /** Relative pull on tenants: larger parks take more. */
  readonly attraction: number;
  /** One of the 16 real parks, whose facts the demo must not change. */
  readonly isReal: boolean;
}

const demoNote = '示例数据：园区名称及下列公开资料属实，其余数值均为虚构。';

function realParkNotes(facts: RealParkFacts): string {
  return [
    demoNote,
    facts.levelText === undefined ? undefined : `认定情况：${facts.levelText}`,
    facts.certifiedYearText === undefined ? undefined : `认定年份：${facts.certifiedYearText}`,
    `来源：${facts.sources.join(' | ')}`,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

function realParkSite(facts: RealParkFacts, id: string, random: Random): DemoParkSite {
  const street = facts.streetName === undefined ? undefined : findStreet(facts.streetName);
  if (facts.streetName !== undefined && street === undefined) {
    throw new RangeError(`Real park ${facts.name}: unknown street ${facts.streetName}`);
  }
  const park: Park = demoRecord(id, {
    name: facts.name,
    aliases: facts.alias === undefined ? [] : [facts.alias],
    ...(street === undefined ? {} : { streetCode: street.code }),
    inExperimentalZone: random.chance(0.5),
    ...(facts.operator === undefined ? {} : { operatorName: facts.operator }),
    certifications: [...facts.certifications],
    themes: [...facts.themes],
    cultivationTier: 'none',
    ...(facts.openedOn === undefined ? {} : { openedOn: facts.openedOn }),
    notes: realParkNotes(facts),
  });
  return { park, attraction: Math.exp(0.6 * random.normal()), isReal: true };
}

/**
 * The share of the district's parks certified 市级 by 2024: "over a third" (Chaoyang holds 34% of
 * Beijing's 市级 parks, some 35 of its ~100).
 */
export const municipalParkShare = 0.35;

function realMunicipalParkCount(): number {
  return realParks.filter((facts) =>
    facts.certifications.some((certification) => isMunicipalTier(certification.tier)),
  ).length;
}

/** Years new 市级 parks were certified, earliest batch the largest. */
const certificationYears = [2019, 2020, 2021, 2022, 2023, 2024];
const certificationYearWeights = [35, 15, 15, 12, 12, 11];

function generatedCertifications(random: Random, isMunicipal: boolean): Certification[] {
  const source = '示例数据';
  const year = certificationYears[random.weightedIndex(certificationYearWeights)] ?? 2019;
  if (isMunicipal) {
    const certifications: Certification[] = [{ year, tier: 'municipal', source }];
    if (year < 2024 && random.chance(0.3)) {
      const upgrade: CertificationTier = random.chance(0.5)
        ? 'municipal-demonstration'
        : 'municipal-demonstration-nominated';
      certifications.push({ year: random.int(year + 1, 2024), tier: upgrade, source });
    }
    return certifications;
  }
  return random.chance(0.3) ? [{ year, tier: 'district', source }] : [];
}

function generatedParkSite(
  random: Random,
  id: string,
  name: string,
  operatorCreditCode: string,
  isMunicipal: boolean,
): DemoParkSite {
  const themeCount = random.int(1, 2);
  const themes: string[] = [];
  while (themes.length < themeCount) {
    const theme = random.pick(parkThemeSuggestions);
    if (!themes.includes(theme)) themes.push(theme);
  }
  const park: Park = demoRecord(id, {
    name,
    aliases: [],
    streetCode: random.pick(chaoyangStreets).code,
    inExperimentalZone: random.chance(0.5),
    operatorName: parkOperatorName(random),
    operatorCreditCode,
    certifications: generatedCertifications(random, isMunicipal),
    themes,
    // 重点培育 goes to the parks that get a plan, once their revenue is known.
    cultivationTier: random.chance(0.1) ? 'reserve' : 'none',
    openedOn: makeIsoDate(random.int(2006, 2021), random.int(1, 12), random.int(1, 28)),
  });
  return { park, attraction: Math.exp(0.6 * random.normal()), isReal: false };
}

/** `count` parks: the real ones first, then generated ones, enough to choose the planned from. */
export function generateParkSites(random: Random, count: number): DemoParkSite[] {
  const minimum = realParks.length + plannedParkCount;
  if (!Number.isInteger(count) || count < minimum) {
    throw new RangeError(`The demo needs at least ${minimum} parks, got ${count}`);
  }
  const label = (index: number) => `park-${sequenceLabel(index, count)}`;
  const sites = realParks.map((facts, index) =>
    realParkSite(facts, label(index), random.fork(`real-park-${index}`)),
  );
  const names = new Set(realParks.map((facts) => facts.name));
  const operatorCodes = createCreditCodeIssuer(random.fork('park-operators'));
  const drawName = () => {
    for (;;) {
      const name = parkName(random);
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const municipalCount = Math.round(municipalParkShare * count) - realMunicipalParkCount();
  const generatedCount = count - sites.length;
  const municipal = new Set(
    random.sample(
      Array.from({ length: generatedCount }, (_, index) => index),
      municipalCount,
    ),
  );
  for (let index = 0; index < generatedCount; index += 1) {
    sites.push(
      generatedParkSite(
        random,
        label(sites.length),
        drawName(),
        operatorCodes.issue(random.int(2005, 2020)),
        municipal.has(index),
      ),
    );
  }
  return sites;
}

/**
 * The park with areas that fit its tenants: rentable area from the area let at year end and a
 * drawn occupancy (most parks meet the 双70% rule's 70%), then floor and land area from it.
 */
export function withAreas(park: Park, leasedAreaSqm: number, random: Random): Park {
  const occupancy = 0.68 + 0.3 * random.next();
  const rentableAreaSqm = Math.max(1000, Math.round(leasedAreaSqm / occupancy / 100) * 100);
  const floorAreaSqm = Math.round((rentableAreaSqm * (1.15 + 0.2 * random.next())) / 100) * 100;
  const landAreaSqm = Math.round(floorAreaSqm / (1.5 + 2 * random.next()) / 100) * 100;
  return { ...park, rentableAreaSqm, floorAreaSqm, landAreaSqm };
}
