import { beforeAll, describe, expect, it } from 'vitest';
import type { Milestone } from '../../shared/cultivation/cultivation-plan';
import { fieldChanges } from '../../shared/history/record-history';
import { aPark, aPlan, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { testTranslations } from '../i18n/test-support/translations';
import {
  fieldChangeLabel,
  listedFieldChanges,
  readableValue,
  recordTitle,
  type ReadingContext,
} from './readable-change';

const names = {
  parkName: (id: string) => ({ 'park-a': '莱锦创意产业园' })[id],
  enterpriseName: (id: string) => ({ 'ent-a': '北京星河文化传媒有限公司' })[id],
};
let zh: ReadingContext;
let en: ReadingContext;

beforeAll(async () => {
  const t = await testTranslations();
  zh = { t: t.zh, language: 'zh', names };
  en = { t: t.en, language: 'en', names };
});

function aMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'm1',
    title: '引进领军企业3家',
    dueOn: '2025-06-30',
    status: 'planned',
    ...overrides,
  };
}

describe('readable values', () => {
  it('shows money in 万元 with separators, in either language', () => {
    expect(readableValue('reportYears', 'revenueYuan', 123_456_789, zh)).toBe('12,345.68 万元');
    expect(readableValue('cultivationPlans', 'targetYuan', 10_000_000_000, en)).toBe(
      '1,000,000.00 10k yuan',
    );
  });

  it('shows choices by their labels and parks and enterprises by name', () => {
    expect(readableValue('parks', 'cultivationTier', 'key', zh)).toBe('重点培育');
    expect(readableValue('enterprises', 'status', 'moved-out', en)).toBe('Moved out');
    expect(readableValue('tenancies', 'parkId', 'park-a', zh)).toBe('莱锦创意产业园');
    expect(readableValue('financings', 'enterpriseId', 'ent-a', zh)).toBe(
      '北京星河文化传媒有限公司',
    );
    expect(readableValue('tenancies', 'parkId', 'park-gone', zh)).toBe('park-gone');
  });

  it('shows reference codes with their names', () => {
    expect(readableValue('parks', 'streetCode', '110105001', zh)).toMatch(/街道|地区/);
    expect(readableValue('enterprises', 'subcategoryCode', '031', zh)).toMatch(/^031 /);
  });

  it('shows years, booleans, 规上 by year and empty values in words', () => {
    expect(readableValue('cultivationPlans', 'targetYear', 2027, zh)).toBe('2027年');
    expect(readableValue('parks', 'inExperimentalZone', true, zh)).toBe('是');
    expect(
      readableValue('enterprises', 'aboveScaleByYear', { '2024': true, '2023': false }, zh),
    ).toBe('2023年 规下；2024年 规上');
    expect(readableValue('parks', 'address', undefined, zh)).toBe('（空）');
    expect(readableValue('parks', 'address', undefined, en)).toBe('(empty)');
  });

  it('shows a milestone with its state and due date', () => {
    expect(
      readableValue(
        'cultivationPlans',
        'milestone',
        aMilestone({ status: 'done', doneOn: '2025-05-01' }),
        zh,
      ),
    ).toBe('已完成（2025-05-01），截止 2025-06-30');
    expect(readableValue('cultivationPlans', 'milestone', aMilestone(), en)).toBe(
      'Planned, due 2025-06-30',
    );
  });
});

describe('listed field changes', () => {
  it('lists a plan’s milestones one by one, only those that changed', () => {
    const before = aPlan({
      parkId: 'park-a',
      milestones: [aMilestone(), aMilestone({ id: 'm2', title: '不变' })],
    });
    const after = {
      ...before,
      targetYear: 2028,
      milestones: [
        aMilestone({ status: 'done', doneOn: '2025-05-01' }),
        aMilestone({ id: 'm2', title: '不变' }),
        aMilestone({ id: 'm3', title: '新增的' }),
      ],
    };
    const listed = listedFieldChanges('cultivationPlans', fieldChanges(before, after), zh.t);
    expect(listed.map((change) => fieldChangeLabel('cultivationPlans', change, 'zh'))).toEqual([
      '目标年份',
      '里程碑「引进领军企业3家」',
      '里程碑「新增的」',
    ]);
    expect(listed[2]?.before).toBeUndefined();
  });
});

describe('record titles', () => {
  it('names records by what people know them by', () => {
    expect(recordTitle('parks', aPark({ name: '郎园Vintage' }), undefined, zh)).toBe(
      '园区「郎园Vintage」',
    );
    expect(recordTitle('enterprises', anEnterprise({ name: '甲公司' }), undefined, en)).toBe(
      'Enterprise "甲公司"',
    );
    expect(
      recordTitle(
        'tenancies',
        aTenancy({ enterpriseId: 'ent-a', parkId: 'park-a' }),
        undefined,
        zh,
      ),
    ).toBe('入驻记录：北京星河文化传媒有限公司 @ 莱锦创意产业园');
    expect(recordTitle('cultivationPlans', aPlan({ parkId: 'park-a' }), undefined, zh)).toBe(
      '培育计划：莱锦创意产业园',
    );
    expect(
      recordTitle(
        'reportYears',
        { id: 'ent-a/2024', enterpriseId: 'ent-a', year: 2024, months: {} },
        '2024-10',
        zh,
      ),
    ).toBe('报表：北京星河文化传媒有限公司 2024年1-10月');
  });
});
