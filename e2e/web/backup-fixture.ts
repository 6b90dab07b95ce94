/**
 * A small registry for e2e specs that need parks and tenants, given to the app the way a user
 * would: as a backup file restored in 设置. Built from the domain's test builders, so it is
 * valid by the same schemas the app checks it with.
 */
import type { Page } from '@playwright/test';
import {
  backupFormatName,
  serializeBackup,
  validateBackup,
  type BackupFile,
} from '../../shared/backup/backup-file';
import type { Enterprise } from '../../shared/enterprises/enterprise';
import { computeCheckCharacter, computeOrgCodeCheck } from '../../shared/enterprises/credit-code';
import { toYuan } from '../../shared/money/money';
import type { Period } from '../../shared/periods/period';
import { currentSchemaVersion } from '../../shared/registry/schema-migrations';
import { packReports } from '../../shared/reports/report-storage';
import type { RevenueReport } from '../../shared/reports/revenue-report';
import { aPark, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { expect } from './fixtures';

/** A valid credit code for test enterprise `n` (Chaoyang's division code, both checks right). */
export function creditCodeFor(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91110105${body}${computeOrgCodeCheck(body)}`;
  return first17 + computeCheckCharacter(first17);
}

export interface TenantFixture {
  readonly enterprise: Enterprise;
  /** 1–9月 cumulative revenue in 万元, as last month's figure beside 1–10月. */
  readonly septemberWan: string;
  /** 1–10月 of the year before, in 万元. */
  readonly lastYearWan: string;
}

export interface ParkRegistryFixture {
  readonly backup: BackupFile;
  readonly parkName: string;
  readonly otherParkName: string;
  /** The park's tenants in name order, as the grids list them. */
  readonly tenants: readonly TenantFixture[];
  /** An enterprise housed in the other park: the one a manager moves. */
  readonly elsewhere: Enterprise;
}

function report(enterprise: Enterprise, period: Period, wan: string): RevenueReport {
  return aReport({
    enterpriseId: enterprise.id,
    period,
    revenueYuan: toYuan(wan, 'wan-yuan') ?? 0,
  });
}

/** 星河文化园 with five tenants reported up to 1–9月 2024, and 望京创意园 with one. */
export function parkRegistry(): ParkRegistryFixture {
  const park = aPark({ name: '星河文化园' });
  const other = aPark({ name: '望京创意园' });
  const names = [
    ['北京安和文化传媒有限公司', '1200', '1050'],
    ['北京百川设计有限公司', '860.5', '700'],
    ['北京辰星影视制作有限公司', '2400', '2100'],
    ['北京东篱艺术品有限公司', '300', '280'],
    ['北京方圆数字科技有限公司', '45', '40'],
  ] as const;
  const tenants = names.map(([name, septemberWan, lastYearWan], index) => ({
    enterprise: anEnterprise({ name, creditCode: creditCodeFor(101 + index) }),
    septemberWan,
    lastYearWan,
  }));
  const elsewhere = anEnterprise({ name: '北京远山影视有限公司', creditCode: creditCodeFor(201) });
  const tenancies = [
    ...tenants.map(({ enterprise }) =>
      aTenancy({ enterpriseId: enterprise.id, parkId: park.id, movedInOn: '2020-01-01' }),
    ),
    aTenancy({ enterpriseId: elsewhere.id, parkId: other.id, movedInOn: '2021-05-01' }),
  ];
  const reports = tenants.flatMap(({ enterprise, septemberWan, lastYearWan }) => [
    report(enterprise, '2024-09', septemberWan),
    report(enterprise, '2023-10', lastYearWan),
  ]);
  const backup: BackupFile = {
    format: backupFormatName,
    schemaVersion: currentSchemaVersion,
    exportedAt: '2024-11-01T08:00:00.000+08:00',
    tables: {
      parks: [park, other],
      enterprises: [...tenants.map(({ enterprise }) => enterprise), elsewhere],
      tenancies,
      reportYears: packReports(reports),
      cultivationPlans: [],
      parkEvents: [],
      financings: [],
    },
    history: { changeSets: [], changeParts: [] },
  };
  const reading = validateBackup(JSON.parse(serializeBackup(backup)));
  if (!reading.ok) throw new Error(`Fixture backup is invalid: ${reading.report.summary.en}`);
  return { backup, parkName: park.name, otherParkName: other.name, tenants, elsewhere };
}

/** Restores the registry from the fixture through 设置 → 从备份文件恢复…, as a manager would. */
export async function restoreRegistry(page: Page, backup: BackupFile): Promise<void> {
  await page.goto('./#/settings');
  page.once('dialog', (dialog) => void dialog.accept());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份文件恢复…' }).click();
  await (
    await chooser
  ).setFiles({
    name: '园区台账备份-测试.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeBackup(backup)),
  });
  await expect(page.getByText('已从备份恢复')).toBeVisible();
}
