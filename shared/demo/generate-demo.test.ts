import { describe, expect, it } from 'vitest';
import { cultivationPlanSchema } from '../cultivation/cultivation-plan';
import { validateCreditCode } from '../enterprises/credit-code';
import { enterpriseSchema } from '../enterprises/enterprise';
import { parkEventSchema } from '../events/park-event';
import { financingSchema } from '../financing/financing';
import { parkSchema } from '../parks/park';
import { parsePeriod } from '../periods/period';
import { findDigitalCultureClass } from '../reference/digital-culture';
import { revenueReportSchema } from '../reports/revenue-report';
import { isTenantOn, tenancySchema } from '../tenancies/tenancy';
import { periodEndDate } from '../indicators/period-dates';
import {
  generateDemoInParts,
  generateDemoRegistry,
  type DemoOptions,
  type DemoRegistry,
} from './generate-demo';
import {
  districtScale,
  financingToDate,
  parkEvents2024,
  publishedFigures2024JanOct,
} from './published-figures';
import { realParks } from './real-parks';

const small: DemoOptions = { enterprises: 600, parks: 24, seed: 7 };
const demo = generateDemoRegistry(small);
const scale = small.enterprises / districtScale.enterprises;
const parkScale = small.parks / districtScale.parks;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** JSON with object keys sorted, so equal data always gives equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** cyrb53: a 53-bit string hash, enough to tell two registries apart. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function allRecords(registry: DemoRegistry) {
  return [
    ...registry.parks,
    ...registry.enterprises,
    ...registry.tenancies,
    ...registry.reports,
    ...registry.plans,
    ...registry.events,
    ...registry.financings,
  ];
}

/** Generation takes under a second here, but other suites share the machine's cores. */
const slowTestTimeoutMs = 30_000;

describe('generateDemoRegistry', () => {
  it(
    'gives byte-identical records for the same options and different ones for another seed',
    () => {
      const again = generateDemoRegistry(small);
      expect(hash(canonicalJson(again))).toBe(hash(canonicalJson(demo)));
      expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
      const reseeded = generateDemoRegistry({ ...small, seed: small.seed + 1 });
      expect(hash(canonicalJson(reseeded))).not.toBe(hash(canonicalJson(demo)));
    },
    slowTestTimeoutMs,
  );

  it(
    'comes in parts a loader can store in turn: rising progress, each enterprise before its records, all its reports in one part',
    () => {
      // Enough enterprises for their reports to come in several parts.
      const options: DemoOptions = { ...small, enterprises: 2_100 };
      const whole = generateDemoRegistry(options);
      const parts = [...generateDemoInParts(options)];
      const fractions = parts.map((part) => part.done);
      expect(fractions.length).toBeGreaterThan(2);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
      expect(fractions.at(-1)).toBe(1);

      const enterprisesSoFar = new Set<string>();
      const partOfEnterpriseReports = new Map<string, number>();
      parts.forEach(({ records }, index) => {
        for (const enterprise of records.enterprises ?? []) enterprisesSoFar.add(enterprise.id);
        for (const tenancy of records.tenancies ?? []) {
          expect(enterprisesSoFar.has(tenancy.enterpriseId)).toBe(true);
        }
        for (const report of records.reports ?? []) {
          expect(enterprisesSoFar.has(report.enterpriseId)).toBe(true);
          expect(partOfEnterpriseReports.get(report.enterpriseId) ?? index).toBe(index);
          partOfEnterpriseReports.set(report.enterpriseId, index);
        }
      });
      // Stored while the next are made: the enterprises and their reports come in several parts.
      for (const table of ['enterprises', 'reports'] as const) {
        expect(
          parts.filter((part) => (part.records[table] ?? []).length > 0).length,
          table,
        ).toBeGreaterThan(1);
      }

      const joined = (table: keyof typeof whole) =>
        parts.flatMap((part) => (part.records[table] ?? []) as unknown[]);
      for (const table of Object.keys(whole) as (keyof typeof whole)[]) {
        expect(JSON.stringify(joined(table)), table).toBe(JSON.stringify(whole[table]));
      }
    },
    slowTestTimeoutMs,
  );

  it('makes the number of parks and enterprises asked for, and refuses too few parks', () => {
    expect(demo.parks).toHaveLength(small.parks);
    expect(demo.enterprises).toHaveLength(small.enterprises);
    expect(() => generateDemoRegistry({ ...small, parks: realParks.length + 4 })).toThrow(
      RangeError,
    );
  });

  it('marks every record as demo, version 1, with a fixed time and a unique demo id', () => {
    const records = allRecords(demo);
    for (const record of records) {
      expect(record).toMatchObject({ demo: true, version: 1 });
      expect(record.id.startsWith('demo-')).toBe(true);
    }
    expect(new Set(records.map((record) => record.updatedAt)).size).toBe(1);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it(
    'passes every record through its schema unchanged',
    () => {
      const checks = [
        [parkSchema, demo.parks],
        [enterpriseSchema, demo.enterprises],
        [tenancySchema, demo.tenancies],
        [revenueReportSchema, demo.reports],
        [cultivationPlanSchema, demo.plans],
        [parkEventSchema, demo.events],
        [financingSchema, demo.financings],
      ] as const;
      for (const [schema, records] of checks) {
        for (const record of records) {
          const result = schema.safeParse(record);
          expect(result.error?.issues ?? [], record.id).toEqual([]);
          expect(result.data).toEqual(record);
        }
      }
    },
    slowTestTimeoutMs,
  );

  it('gives every enterprise a valid, unique credit code and a unique fictional name', () => {
    const codes = demo.enterprises.map((enterprise) => enterprise.creditCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(validateCreditCode(code).ok).toBe(true);
    const names = demo.enterprises.map((enterprise) => enterprise.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^北京.+有限公司$/);
  });

  it('flags 数字文化 only with one of the 16 classes, under its 中类 where that is known', () => {
    const digital = demo.enterprises.filter((enterprise) => enterprise.digitalCulture);
    expect(digital.length).toBeGreaterThan(0);
    for (const enterprise of demo.enterprises) {
      const classId = enterprise.digitalCultureClassId;
      expect(classId !== undefined).toBe(enterprise.digitalCulture);
      if (classId === undefined) continue;
      const parent = findDigitalCultureClass(classId)?.likelyParent;
      if (parent !== null) expect(parent).toBe(enterprise.subcategoryCode);
    }
  });

  it('links tenancies, reports, plans, events and financing to records that exist', () => {
    const enterpriseIds = new Set(demo.enterprises.map((enterprise) => enterprise.id));
    const parkIds = new Set(demo.parks.map((park) => park.id));
    for (const tenancy of demo.tenancies) {
      expect(enterpriseIds.has(tenancy.enterpriseId)).toBe(true);
      expect(parkIds.has(tenancy.parkId)).toBe(true);
    }
    for (const report of demo.reports) expect(enterpriseIds.has(report.enterpriseId)).toBe(true);
    for (const financing of demo.financings) {
      expect(enterpriseIds.has(financing.enterpriseId)).toBe(true);
    }
    for (const record of [...demo.plans, ...demo.events]) {
      expect(parkIds.has(record.parkId)).toBe(true);
    }
  });

  it('houses each firm in one park at a time, with some moves and some move-outs', () => {
    const byEnterprise = groupBy(demo.tenancies, (tenancy) => tenancy.enterpriseId);
    let moves = 0;
    for (const enterprise of demo.enterprises) {
      const stays = byEnterprise.get(enterprise.id) ?? [];
      expect(stays.length).toBeGreaterThan(0);
      for (const [index, stay] of stays.entries()) {
        const next = stays[index + 1];
        if (next === undefined) continue;
        moves += 1;
        expect(next.movedInOn).toBe(stay.movedOutOn);
        expect(next.parkId).not.toBe(stay.parkId);
      }
      const last = stays.at(-1);
      expect(last?.movedOutOn !== undefined).toBe(enterprise.status === 'moved-out');
    }
    expect(moves).toBeGreaterThan(0);
    expect(demo.enterprises.some((enterprise) => enterprise.status === 'moved-out')).toBe(true);
  });

  it('reports only for periods the firm was housed at the period end', () => {
    const byEnterprise = groupBy(demo.tenancies, (tenancy) => tenancy.enterpriseId);
    for (const report of demo.reports) {
      const end = periodEndDate(report.period);
      const stays = byEnterprise.get(report.enterpriseId) ?? [];
      expect(
        stays.some((stay) => isTenantOn(stay, end)),
        report.id,
      ).toBe(true);
    }
  });

  it('covers 1–2月 to 1–12月 of 2023 and 2024 and keeps cumulative figures non-decreasing', () => {
    const periods = new Set(demo.reports.map((report) => report.period));
    expect(periods.size).toBe(22);
    const byEnterpriseYear = groupBy(
      demo.reports,
      (report) => `${report.enterpriseId} ${report.period.slice(0, 4)}`,
    );
    for (const reports of byEnterpriseYear.values()) {
      const ordered = [...reports].sort((a, b) => (a.period < b.period ? -1 : 1));
      for (const [index, report] of ordered.entries()) {
        const previous = ordered[index - 1];
        if (previous === undefined) continue;
        expect(parsePeriod(report.period)?.month).toBe(
          (parsePeriod(previous.period)?.month ?? 0) + 1,
        );
        expect(report.revenueYuan ?? 0).toBeGreaterThanOrEqual(previous.revenueYuan ?? 0);
        if (report.taxYuan !== undefined && previous.taxYuan !== undefined) {
          expect(report.taxYuan).toBeGreaterThanOrEqual(previous.taxYuan);
        }
      }
    }
  });

  it("takes 2024's 上年同期 from the firm's own 2023 report and reports 同比 to match", () => {
    const byKey = new Map(
      demo.reports.map((report) => [`${report.enterpriseId} ${report.period}`, report]),
    );
    let compared = 0;
    for (const report of demo.reports) {
      if (!report.period.startsWith('2024')) continue;
      const lastYear = byKey.get(`${report.enterpriseId} 2023${report.period.slice(4)}`);
      expect(report.priorYearRevenueYuan).toBe(lastYear?.revenueYuan);
      if (report.priorYearRevenueYuan === undefined || report.revenueYuan === undefined) continue;
      compared += 1;
      const growth = (report.revenueYuan / report.priorYearRevenueYuan - 1) * 100;
      expect(Math.abs((report.yoyGrowthReportedPercent ?? Infinity) - growth)).toBeLessThanOrEqual(
        0.05 + 1e-9,
      );
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('has the scaled published count of 规上 firms in 2024, each reporting all of 2024', () => {
    const aboveScale = demo.enterprises.filter((enterprise) => enterprise.aboveScaleByYear['2024']);
    expect(aboveScale).toHaveLength(Math.round(publishedFigures2024JanOct.aboveScaleFirms * scale));
    const reported = new Set(
      demo.reports
        .filter((report) => report.period === '2024-10')
        .map((report) => report.enterpriseId),
    );
    for (const enterprise of aboveScale) expect(reported.has(enterprise.id)).toBe(true);
  });

  it('plans 百亿 for five generated parks from their 2024 tenants, marked 重点培育', () => {
    const realNames = new Set(realParks.map((park) => park.name));
    expect(demo.plans).toHaveLength(5);
    const parkIds = new Set(demo.plans.map((plan) => plan.parkId));
    expect(parkIds.size).toBe(5);
    for (const park of demo.parks) {
      expect(park.cultivationTier === 'key').toBe(parkIds.has(park.id));
    }
    for (const plan of demo.plans) {
      const park = demo.parks.find((candidate) => candidate.id === plan.parkId);
      expect(realNames.has(park?.name ?? '')).toBe(false);
      expect(plan).toMatchObject({
        targetYuan: 10_000_000_000,
        targetYear: 2027,
        baselineYear: 2024,
      });
      const tenants = new Set(
        demo.tenancies
          .filter((tenancy) => tenancy.parkId === plan.parkId && isTenantOn(tenancy, '2024-12-31'))
          .map((tenancy) => tenancy.enterpriseId),
      );
      const baseline = demo.reports
        .filter((report) => report.period === '2024-12' && tenants.has(report.enterpriseId))
        .reduce((sum, report) => sum + (report.revenueYuan ?? 0), 0);
      expect(plan.baselineYuan).toBe(baseline);
      expect(plan.milestones.length).toBeGreaterThan(0);
    }
  });

  it('scales events, visitors and financing to the published figures', () => {
    const events2024 = demo.events.filter((event) => event.date.startsWith('2024'));
    expect(events2024).toHaveLength(Math.round(parkEvents2024.events * parkScale));
    const visitors = events2024.reduce((sum, event) => sum + (event.visitors ?? 0), 0);
    expect(visitors).toBe(Math.round(parkEvents2024.visitors * parkScale));
    expect(demo.financings).toHaveLength(Math.round(financingToDate.firms * scale));
    const amount = demo.financings.reduce((sum, financing) => sum + financing.amountYuan, 0);
    // Exact to the 万元, the unit amounts are drawn in.
    expect(Math.abs(amount - financingToDate.amountYuan * scale)).toBeLessThanOrEqual(5_000);
    const financed = new Set(demo.financings.map((financing) => financing.enterpriseId));
    expect(financed.size).toBe(demo.financings.length);
  });

  it('holds one event of a title a day in a park, so an export never has duplicate event rows', () => {
    const keys = demo.events.map((event) => `${event.parkId}|${event.title}|${event.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives generated parks fictional 朝阳 names and areas that hold their tenants', () => {
    const realNames = new Set(realParks.map((park) => park.name));
    const generated = demo.parks.filter((park) => !realNames.has(park.name));
    expect(generated).toHaveLength(small.parks - realParks.length);
    for (const park of generated) expect(park.name).toMatch(/^朝阳/);
    for (const park of demo.parks) {
      const leased = demo.tenancies
        .filter((tenancy) => tenancy.parkId === park.id && isTenantOn(tenancy, '2024-12-31'))
        .reduce((sum, tenancy) => sum + (tenancy.leasedAreaSqm ?? 0), 0);
      expect(leased).toBeLessThanOrEqual(park.rentableAreaSqm ?? 0);
    }
  });
});
