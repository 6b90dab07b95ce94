/**
 * Registry records for exchange-workbook tests: a small demo registry as an export reads it,
 * and the export options a test does not care about.
 */
import { generateDemoRegistry } from '../../demo/generate-demo';
import { liveRecords } from '../../indicators/indicator-input';
import type { Period } from '../../periods/period';
import type { ExchangeExportOptions } from '../exchange-format/build-exchange-workbook';
import type { ExchangeRecords } from '../exchange-format/exchange-records';

export function demoExchangeRecords(enterprises = 120, parks = 21): ExchangeRecords {
  const demo = generateDemoRegistry({ enterprises, parks, seed: 7 });
  return { ...liveRecords({ ...demo }), plans: demo.plans };
}

export function anExportOptions(
  overrides: Partial<ExchangeExportOptions> & { period?: Period | null } = {},
): ExchangeExportOptions {
  return {
    scope: { kind: 'registry' },
    period: '2024-10',
    exportedAt: '2024-11-05T06:30:00.000Z',
    exportId: 'export-1',
    installationId: 'installation-1',
    exportedBy: '园区台账（测试）',
    exportedAtText: '2024-11-05 14:30',
    scopeText: '全区',
    ...overrides,
  };
}
