import { describe, expect, it } from 'vitest';
import { aReport, anEnterprise } from '../../shared/test-support/builders';
import { reportYearsOf } from './referring-records';
import { creditCodeFor, testRegistry } from './test-support/test-registry';

describe('report years by enterprise', () => {
  it('finds each enterprise’s years by id, not those of an enterprise whose id extends its own', async () => {
    const { registry } = testRegistry();
    const plan = registry.plan({ kind: 'manual-edit' }, { zh: '建立', en: 'Set up' });
    // "ent/2" sorts between "ent/" and "ent/\uffff", as the years of "ent" do.
    for (const [index, id] of ['ent', 'ent/2', 'entx'].entries()) {
      plan.save('enterprises', anEnterprise({ id, creditCode: creditCodeFor(index + 1) }));
      for (const period of ['2023-12', '2024-03'] as const) {
        plan.saveReport(aReport({ enterpriseId: id, period, revenueYuan: 100 }));
      }
    }
    await registry.commit(plan);

    const ids = async (enterpriseIds: string[]) =>
      (await reportYearsOf(registry.db, enterpriseIds)).map((year) => year.id).sort();
    expect(await ids(['ent'])).toEqual(['ent/2023', 'ent/2024']);
    expect(await ids(['ent/2', 'entx'])).toEqual([
      'ent/2/2023',
      'ent/2/2024',
      'entx/2023',
      'entx/2024',
    ]);
    expect(await ids([])).toEqual([]);
    expect((await registry.reports.ofEnterprise('ent')).map((report) => report.period)).toEqual([
      '2023-12',
      '2024-03',
    ]);
  });
});
