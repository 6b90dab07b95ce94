/**
 * A registry for the cultivation and history specs: two parks in cultivation with several
 * years of revenue and a plan each, and one tiered park still without a plan, given to the app
 * as a backup file restored in 设置 (see backup-fixture.ts).
 */
import {
  backupFormatName,
  serializeBackup,
  validateBackup,
  type BackupFile,
} from '../../shared/backup/backup-file';
import type { CultivationPlan } from '../../shared/cultivation/cultivation-plan';
import type { Park } from '../../shared/parks/park';
import type { Period } from '../../shared/periods/period';
import { currentSchemaVersion } from '../../shared/registry/schema-migrations';
import { packReports } from '../../shared/reports/report-storage';
import { aPark, aPlan, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { creditCodeFor } from './backup-fixture';

const yi = 100_000_000;

interface ParkWithRevenue {
  readonly park: Park;
  /** The park's total 1–N月 revenue in 亿元 by period, split over its two tenants. */
  readonly revenueYi: Readonly<Partial<Record<Period, number>>>;
}

function tenantsOf({ park, revenueYi }: ParkWithRevenue, firstCode: number) {
  const enterprises = [0, 1].map((index) =>
    anEnterprise({
      name: `${park.name.replace('园', '')}入驻企业${index + 1}号有限公司`,
      creditCode: creditCodeFor(firstCode + index),
    }),
  );
  const tenancies = enterprises.map((enterprise) =>
    aTenancy({ enterpriseId: enterprise.id, parkId: park.id, movedInOn: '2020-01-01' }),
  );
  // 60% and 40% of the park's figure, in whole 元.
  const reports = Object.entries(revenueYi).flatMap(([period, total]) =>
    enterprises.map((enterprise, index) =>
      aReport({
        enterpriseId: enterprise.id,
        period: period as Period,
        revenueYuan: Math.round((total ?? 0) * yi * (index === 0 ? 0.6 : 0.4)),
      }),
    ),
  );
  return { enterprises, tenancies, reports };
}

export interface CultivationFixture {
  readonly backup: BackupFile;
  /** 重点培育; 40亿 (2023) → 50亿 (2024), target 100亿 by 2027: 滞后 (25% achieved, 26% needed). */
  readonly keyPark: string;
  /** 储备; 30亿 (2024), 1–6月 2025 18亿 (≈36亿 a year), with an overdue milestone. */
  readonly reservePark: string;
  /** 储备, with revenue but no plan yet. */
  readonly unplannedPark: string;
  readonly overdueMilestone: string;
}

function backupOf(
  parks: readonly ParkWithRevenue[],
  plans: readonly CultivationPlan[],
): BackupFile {
  const housed = parks.map((entry, index) => tenantsOf(entry, 301 + index * 10));
  const backup: BackupFile = {
    format: backupFormatName,
    schemaVersion: currentSchemaVersion,
    exportedAt: '2025-07-01T08:00:00.000+08:00',
    tables: {
      parks: parks.map((entry) => entry.park),
      enterprises: housed.flatMap((entry) => entry.enterprises),
      tenancies: housed.flatMap((entry) => entry.tenancies),
      reportYears: packReports(housed.flatMap((entry) => entry.reports)),
      cultivationPlans: [...plans],
      parkEvents: [],
      financings: [],
    },
    history: { changeSets: [], changeParts: [] },
  };
  const reading = validateBackup(JSON.parse(serializeBackup(backup)));
  if (!reading.ok) throw new Error(`Fixture backup is invalid: ${reading.report.summary.en}`);
  return backup;
}

export function cultivationRegistry({ withPlans = true } = {}): CultivationFixture {
  const key = aPark({ name: '朝阳星河文化园', cultivationTier: 'key' });
  const reserve = aPark({ name: '望京数字创意园', cultivationTier: 'reserve' });
  const unplanned = aPark({ name: '东坝艺术园', cultivationTier: 'reserve' });
  const overdueMilestone = '引进数字文化领军企业3家';
  const plans = [
    aPlan({
      parkId: key.id,
      baselineYear: 2023,
      baselineYuan: 40 * yi,
      revenueBaseNote: '入驻企业1–12月营业收入合计（区统计口径）',
      milestones: [
        {
          id: 'k1',
          title: '编制百亿园区培育方案',
          dueOn: '2024-06-30',
          status: 'done',
          doneOn: '2024-05-20',
        },
        { id: 'k2', title: '入驻企业营业收入突破70亿元', dueOn: '2099-12-31', status: 'planned' },
      ],
    }),
    aPlan({
      parkId: reserve.id,
      baselineYear: 2024,
      baselineYuan: 30 * yi,
      milestones: [
        { id: 'r1', title: overdueMilestone, dueOn: '2025-06-30', status: 'in-progress' },
        { id: 'r2', title: '完成园区数字化服务平台建设', dueOn: '2099-12-31', status: 'planned' },
      ],
    }),
  ];
  const backup = backupOf(
    [
      { park: key, revenueYi: { '2023-12': 40, '2024-12': 50 } },
      { park: reserve, revenueYi: { '2024-12': 30, '2025-06': 18 } },
      { park: unplanned, revenueYi: { '2024-12': 12 } },
    ],
    withPlans ? plans : [],
  );
  return {
    backup,
    keyPark: key.name,
    reservePark: reserve.name,
    unplannedPark: unplanned.name,
    overdueMilestone,
  };
}
