import { describe, expect, it } from 'vitest';
import { cultureSubcategories } from '../reference/culture-classification';
import {
  aboveScaleSectorOfSubcategory,
  aboveScaleThresholds,
  checkAboveScaleStatus,
  suggestAboveScale,
  type AboveScaleFigures,
  type AboveScaleSector,
} from './above-scale';

const wan = 10_000;

/** A year's figures for an advertising firm (031), overridden per test. */
function figures(overrides: Partial<AboveScaleFigures> = {}): AboveScaleFigures {
  return { subcategory: '031', revenueYuan: null, yearEndStaff: null, ...overrides };
}

/** Beijing's revenue thresholds as the reference README states them. */
const revenueThresholdYuan: Record<AboveScaleSector, number> = {
  manufacturing: 2000 * wan,
  wholesale: 2000 * wan,
  retail: 500 * wan,
  'culture-sports-entertainment': 500 * wan,
  'information-technology': 2000 * wan,
  'leasing-business': 1000 * wan,
  'research-technical': 1000 * wan,
  'public-facilities': 500 * wan,
  'resident-services': 500 * wan,
};

const sectors = Object.keys(revenueThresholdYuan) as AboveScaleSector[];

describe('sector of each 中类', () => {
  it('gives every 中类 a sector with a threshold', () => {
    for (const { code } of cultureSubcategories) {
      expect(aboveScaleThresholds[aboveScaleSectorOfSubcategory[code]]).toBeDefined();
    }
  });

  it('judges advertising as business services and design as technical services', () => {
    expect(suggestAboveScale(figures({ subcategory: '031' })).threshold.sector).toBe(
      'leasing-business',
    );
    expect(suggestAboveScale(figures({ subcategory: '032' })).threshold.sector).toBe(
      'research-technical',
    );
  });

  it('judges digital content as IT, performance as culture and craft making as manufacturing', () => {
    const sectorOf = (subcategory: AboveScaleFigures['subcategory']) =>
      suggestAboveScale(figures({ subcategory })).threshold.sector;
    expect(sectorOf('024')).toBe('information-technology');
    expect(sectorOf('023')).toBe('culture-sports-entertainment');
    expect(sectorOf('026')).toBe('manufacturing');
    expect(sectorOf('041')).toBe('wholesale');
    expect(sectorOf('047')).toBe('retail');
  });

  it('lets an enterprise be judged by its own sector where its 中类 spans several', () => {
    const bookshop = figures({ subcategory: '041', sector: 'retail', revenueYuan: 600 * wan });
    expect(suggestAboveScale(bookshop)).toMatchObject({ suggested: true });
    expect(suggestAboveScale({ ...bookshop, sector: undefined })).toMatchObject({
      suggested: false,
    });
  });
});

describe('revenue thresholds', () => {
  it.each(sectors)('%s: below the threshold is not 规上, at or above it is', (sector) => {
    const threshold = revenueThresholdYuan[sector];
    const suggestionAt = (revenueYuan: number) =>
      suggestAboveScale(figures({ sector, revenueYuan, yearEndStaff: 0 })).suggested;
    expect(suggestionAt(threshold - 1)).toBe(false);
    expect(suggestionAt(threshold)).toBe(true);
    expect(suggestionAt(threshold + 1)).toBe(true);
    expect(aboveScaleThresholds[sector].minRevenueYuan).toBe(threshold);
  });

  it('shows a revenue just below the threshold exactly, not rounded up to it', () => {
    const suggestion = suggestAboveScale(
      figures({ sector: 'manufacturing', revenueYuan: 2000 * wan - 1 }),
    );
    expect(suggestion.reason.zh).toBe(
      '全年营业收入 1,999.9999 万元，低于文化制造业规上标准（年营业收入2000万元及以上）',
    );
    expect(suggestion.reason.en).toBe(
      'Full-year revenue of 19,999,999 yuan is below the Culture manufacturing threshold (annual revenue of 20,000,000 yuan or more)',
    );
  });

  it('describes each threshold with its sector in Chinese and English', () => {
    expect(aboveScaleThresholds['leasing-business'].description).toEqual({
      zh: '租赁和商务服务业：年营业收入1000万元及以上',
      en: 'Leasing and business services: annual revenue of 10,000,000 yuan or more',
    });
  });

  it('ignores staff where only revenue counts', () => {
    const bigTeam = figures({ subcategory: '031', revenueYuan: 100 * wan, yearEndStaff: 500 });
    expect(suggestAboveScale(bigTeam).suggested).toBe(false);
  });
});

describe('文化、体育和娱乐业: staff or revenue', () => {
  const culture = (revenueYuan: number | null, yearEndStaff: number | null) =>
    suggestAboveScale(figures({ subcategory: '023', revenueYuan, yearEndStaff }));

  it('is 规上 from 50 staff at year end whatever the revenue', () => {
    expect(culture(100 * wan, 49).suggested).toBe(false);
    expect(culture(100 * wan, 50).suggested).toBe(true);
    expect(culture(100 * wan, 51).suggested).toBe(true);
    expect(culture(null, 50).reason.zh).toContain('年末从业人员 50 人，达到');
  });

  it('is 规上 from 500万元 revenue whatever the staff', () => {
    expect(culture(500 * wan - 1, 10).suggested).toBe(false);
    expect(culture(500 * wan, 10).suggested).toBe(true);
    expect(culture(500 * wan, null).suggested).toBe(true);
  });

  it('says both figures fall short when neither rule is met', () => {
    expect(culture(300 * wan, 20).reason.zh).toBe(
      '全年营业收入 300 万元、年末从业人员 20 人，均低于文化、体育和娱乐业规上标准（年末从业人员50人及以上或年营业收入500万元及以上）',
    );
  });
});

describe('missing data', () => {
  it('cannot suggest without revenue where revenue decides', () => {
    const suggestion = suggestAboveScale(figures({ subcategory: '032' }));
    expect(suggestion.suggested).toBeNull();
    expect(suggestion.reason.zh).toMatch(/^缺少全年营业收入/);
  });

  it('treats a revenue that is not a number as missing', () => {
    expect(suggestAboveScale(figures({ revenueYuan: Number.NaN })).suggested).toBeNull();
  });

  it('cannot decide from one low figure when the other could still make it 规上', () => {
    const lowRevenue = suggestAboveScale(figures({ subcategory: '061', revenueYuan: 100 * wan }));
    expect(lowRevenue.suggested).toBeNull();
    expect(lowRevenue.reason.zh).toContain('缺少年末从业人员数');
    const fewStaff = suggestAboveScale(figures({ subcategory: '061', yearEndStaff: 10 }));
    expect(fewStaff.suggested).toBeNull();
    expect(fewStaff.reason.en).toContain('full-year revenue is missing');
  });

  it('cannot suggest with neither figure', () => {
    const suggestion = suggestAboveScale(figures({ subcategory: '061' }));
    expect(suggestion.suggested).toBeNull();
    expect(suggestion.reason.zh).toMatch(/^缺少全年营业收入和年末从业人员数/);
  });
});

describe('checkAboveScaleStatus', () => {
  const meets = suggestAboveScale(figures({ revenueYuan: 1500 * wan }));
  const fallsShort = suggestAboveScale(figures({ revenueYuan: 800 * wan }));
  const unknown = suggestAboveScale(figures());

  it('warns when the office’s 规上 status is contradicted by the figures, keeping it', () => {
    const warning = checkAboveScaleStatus(true, fallsShort);
    expect(warning?.zh).toMatch(/^统计部门认定为规上企业，但按填报数据未达到标准：/);
    expect(warning?.zh).toContain(fallsShort.reason.zh);
    expect(warning?.zh).toContain('规上状态以统计部门认定为准，本系统不作修改');
    expect(warning?.en).toContain(fallsShort.reason.en);
  });

  it('warns when figures meet the threshold of an enterprise the office does not count', () => {
    const warning = checkAboveScaleStatus(false, meets);
    expect(warning?.zh).toMatch(/^统计部门未认定为规上企业，但按填报数据已达到标准：/);
    expect(warning?.en).toContain(meets.reason.en);
  });

  it('says nothing when they agree or either is unknown', () => {
    expect(checkAboveScaleStatus(true, meets)).toBeUndefined();
    expect(checkAboveScaleStatus(false, fallsShort)).toBeUndefined();
    expect(checkAboveScaleStatus(undefined, meets)).toBeUndefined();
    expect(checkAboveScaleStatus(true, unknown)).toBeUndefined();
  });
});
