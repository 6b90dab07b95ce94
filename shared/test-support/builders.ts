/**
 * Small builders for test data: a valid record of each kind with sensible defaults, and the
 * fields a test cares about passed as overrides. Ids are sequential so failures read well.
 */
import type { CultivationPlan } from '../cultivation/cultivation-plan';
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import type { ExistingRecords } from '../exchange/matching/sheet-import-plan';
import type { Figure } from '../indicators/figure';
import type { IndicatorInput } from '../indicators/indicator-input';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import type { RecordMeta } from '../records/record-meta';
import type { RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';

let sequence = 0;

function meta(prefix: string): RecordMeta {
  sequence += 1;
  return { id: `${prefix}-${sequence}`, version: 1, updatedAt: '2024-11-01T08:00:00.000+08:00' };
}

export function aPark(overrides: Partial<Park> = {}): Park {
  return {
    ...meta('park'),
    name: '测试文化创意园',
    aliases: [],
    inExperimentalZone: false,
    certifications: [],
    themes: [],
    cultivationTier: 'none',
    ...overrides,
  };
}

/** Valid-format codes (both check characters correct) from the reference samples. */
export const validCreditCodes = [
  '91110108551385082Q',
  '91110000802100433B',
  '914403001922038216',
  '91440300708461136T',
  '91330100799655058B',
] as const;

export function anEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    ...meta('ent'),
    creditCode: validCreditCodes[0],
    name: '北京测试文化传媒有限公司',
    formerNames: [],
    digitalCulture: false,
    aboveScaleByYear: {},
    tags: [],
    statisticalBasis: 'registered',
    status: 'active',
    ...overrides,
  };
}

export function aTenancy(
  overrides: Partial<Tenancy> & Pick<Tenancy, 'enterpriseId' | 'parkId'>,
): Tenancy {
  return { ...meta('ten'), ...overrides };
}

export function aReport(
  overrides: Partial<RevenueReport> & Pick<RevenueReport, 'enterpriseId' | 'period'>,
): RevenueReport {
  return { ...meta('rep'), ...overrides };
}

export function aPlan(
  overrides: Partial<CultivationPlan> & Pick<CultivationPlan, 'parkId'>,
): CultivationPlan {
  return {
    ...meta('plan'),
    targetYuan: 10_000_000_000,
    targetYear: 2027,
    baselineYear: 2023,
    baselineYuan: 5_000_000_000,
    revenueBase: 'all-tenants',
    milestones: [],
    ...overrides,
  };
}

export function anEvent(overrides: Partial<ParkEvent> & Pick<ParkEvent, 'parkId'>): ParkEvent {
  return { ...meta('evt'), title: '创意市集', type: 'market', date: '2024-05-01', ...overrides };
}

export function aFinancing(
  overrides: Partial<Financing> & Pick<Financing, 'enterpriseId'>,
): Financing {
  return {
    ...meta('fin'),
    lender: '北京银行',
    amountYuan: 5_000_000,
    date: '2024-06-30',
    kind: 'loan',
    ...overrides,
  };
}

/** The stored records an import compares with: empty lists unless given. */
export function existingRecords(overrides: Partial<ExistingRecords> = {}): ExistingRecords {
  return {
    ...anIndicatorInput(),
    plans: [],
    ...overrides,
  };
}

/** A registry to compute indicators from: empty lists unless given. */
export function anIndicatorInput(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    parks: [],
    enterprises: [],
    tenancies: [],
    reports: [],
    events: [],
    financings: [],
    ...overrides,
  };
}

/**
 * An enterprise housed in a park, with its tenancy and, when `report` is given, its report for a
 * period: the trio most indicator tests need.
 */
export function aTenant(options: {
  readonly parkId: string;
  readonly enterprise?: Partial<Enterprise>;
  readonly tenancy?: Partial<Tenancy>;
  readonly report?: Partial<RevenueReport> & Pick<RevenueReport, 'period'>;
}): { enterprise: Enterprise; tenancy: Tenancy; reports: RevenueReport[] } {
  const enterprise = anEnterprise(options.enterprise);
  return {
    enterprise,
    tenancy: aTenancy({ enterpriseId: enterprise.id, parkId: options.parkId, ...options.tenancy }),
    reports: options.report ? [aReport({ enterpriseId: enterprise.id, ...options.report })] : [],
  };
}

/** Gathers tenants made by `aTenant` (and extra records) into one registry. */
export function registryOf(
  tenants: readonly ReturnType<typeof aTenant>[],
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return anIndicatorInput({
    ...extra,
    enterprises: [...tenants.map((tenant) => tenant.enterprise), ...(extra.enterprises ?? [])],
    tenancies: [...tenants.map((tenant) => tenant.tenancy), ...(extra.tenancies ?? [])],
    reports: [...tenants.flatMap((tenant) => tenant.reports), ...(extra.reports ?? [])],
  });
}

/**
 * Splits an integer total into `parts` integers that differ by at most 1 and add up to it
 * exactly: how generated registries hit a published total to the yuan.
 */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** A park's 1–N月 revenue figure, as the indicators give it, for progress tests. */
export function aRevenueFigure(
  period: Period,
  valueYuan: number,
  overrides: Partial<Pick<Figure, 'missing'>> = {},
): Figure {
  return {
    label: { zh: '营业收入', en: 'Revenue' },
    unit: 'yuan',
    basis: 'cumulative',
    period,
    missing: 0,
    missingOf: 'enterprises',
    population: 'all',
    value: valueYuan,
    ...overrides,
  };
}
