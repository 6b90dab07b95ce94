/**
 * 规模以上 (规上): a per-year status the statistics office sets. The app never computes or changes
 * it; it only suggests what a year's figures imply, so a registry can spot a stored status that
 * its own figures contradict (a typo in revenue, a wrong 中类, or a change the office has not made).
 *
 * Thresholds are Beijing's (reference README): the culture rule for 文化、体育和娱乐业 and the
 * general 规上 standard for the other sectors a culture enterprise can fall in. They apply to the
 * full-year figure; manufacturing counts 主营业务收入, for which 营业收入 is the nearest figure
 * tenants report.
 */
import { formatMoney } from '../money/money';
import type { CultureSubcategoryCode } from '../reference/culture-classification';
import { localized, type LocalizedText } from '../text/localized-text';

/** The 国民经济行业 sector whose 规上 threshold applies. */
export type AboveScaleSector =
  | 'manufacturing'
  | 'wholesale'
  | 'retail'
  | 'culture-sports-entertainment'
  | 'information-technology'
  | 'leasing-business'
  | 'research-technical'
  | 'public-facilities'
  | 'resident-services';

export interface AboveScaleThreshold {
  readonly sector: AboveScaleSector;
  readonly sectorLabel: LocalizedText;
  /** Full-year 营业收入 at or above which an enterprise is 规上. */
  readonly minRevenueYuan: number;
  /** 年末从业人员 at or above which it is 规上 regardless of revenue; null where staff do not count. */
  readonly minYearEndStaff: number | null;
  /** The rule alone: 年营业收入1000万元及以上. */
  readonly criteria: LocalizedText;
  /** Sector and rule: 租赁和商务服务业：年营业收入1000万元及以上. */
  readonly description: LocalizedText;
}

const wan = 10_000;

function threshold(
  sector: AboveScaleSector,
  sectorLabel: LocalizedText,
  minRevenueYuan: number,
  minYearEndStaff: number | null = null,
): AboveScaleThreshold {
  const revenueZh = `年营业收入${String(minRevenueYuan / wan)}万元及以上`;
  const revenueEn = `annual revenue of ${yuanEn(minRevenueYuan)} or more`;
  const criteria =
    minYearEndStaff === null
      ? localized(revenueZh, revenueEn)
      : localized(
          `年末从业人员${minYearEndStaff}人及以上或${revenueZh}`,
          `${minYearEndStaff} or more staff at year end, or ${revenueEn}`,
        );
  const description = localized(
    `${sectorLabel.zh}：${criteria.zh}`,
    `${sectorLabel.en}: ${criteria.en}`,
  );
  return { sector, sectorLabel, minRevenueYuan, minYearEndStaff, criteria, description };
}

export const aboveScaleThresholds: Readonly<Record<AboveScaleSector, AboveScaleThreshold>> = {
  manufacturing: threshold(
    'manufacturing',
    localized('文化制造业', 'Culture manufacturing'),
    2000 * wan,
  ),
  wholesale: threshold('wholesale', localized('批发业', 'Wholesale'), 2000 * wan),
  retail: threshold('retail', localized('零售业', 'Retail'), 500 * wan),
  'culture-sports-entertainment': threshold(
    'culture-sports-entertainment',
    localized('文化、体育和娱乐业', 'Culture, sports and entertainment'),
    500 * wan,
    50,
  ),
  'information-technology': threshold(
    'information-technology',
    localized(
      '信息传输、软件和信息技术服务业',
      'Information transmission, software and IT services',
    ),
    2000 * wan,
  ),
  'leasing-business': threshold(
    'leasing-business',
    localized('租赁和商务服务业', 'Leasing and business services'),
    1000 * wan,
  ),
  'research-technical': threshold(
    'research-technical',
    localized('科学研究和技术服务业', 'Scientific research and technical services'),
    1000 * wan,
  ),
  // Not in Beijing's culture note; the general 规上服务业 standard puts it with resident services.
  'public-facilities': threshold(
    'public-facilities',
    localized('水利、环境和公共设施管理业', 'Water, environment and public facilities management'),
    500 * wan,
  ),
  'resident-services': threshold(
    'resident-services',
    localized('居民服务、修理和其他服务业', 'Resident, repair and other services'),
    500 * wan,
  ),
};

/**
 * The sector each 中类 usually falls in by its 国民经济行业 classes. Where a 中类 spans sectors,
 * the one most of its classes (and most park tenants) belong to is chosen, and an enterprise that
 * differs passes its own sector to suggestAboveScale.
 */
export const aboveScaleSectorOfSubcategory: Readonly<
  Record<CultureSubcategoryCode, AboveScaleSector>
> = {
  '011': 'culture-sports-entertainment', // 新闻业
  '012': 'culture-sports-entertainment', // 报纸出版
  '013': 'culture-sports-entertainment', // 广播、电视、集成播控
  '014': 'information-technology', // 互联网搜索和其他信息服务
  '021': 'culture-sports-entertainment', // 出版业, incl. 数字出版
  '022': 'culture-sports-entertainment', // 影视节目制作
  '023': 'culture-sports-entertainment', // 文艺创作与表演
  // Animation and game content, online games, software and value-added telecoms are all in 信息
  // 传输、软件和信息技术服务业, so its higher threshold applies.
  '024': 'information-technology',
  '025': 'culture-sports-entertainment', // 图书馆、档案馆、文物及非遗保护、博物馆
  '026': 'manufacturing',
  '027': 'manufacturing',
  // 互联网广告服务 and 其他广告服务 sit in 租赁和商务服务业 (72 商务服务业), not in culture.
  '031': 'leasing-business',
  // Industrial, professional and engineering design are 科学研究和技术服务业.
  '032': 'research-technical',
  // Mostly 图书/报刊/音像 wholesale; a bookshop is retail and should say so.
  '041': 'wholesale',
  '042': 'information-technology', // 广播电视传输 is 电信、广播电视和卫星传输服务
  '043': 'culture-sports-entertainment', // 电影和广播电视节目发行, 电影放映
  '044': 'culture-sports-entertainment', // 艺术表演场馆
  '045': 'information-technology', // 互联网平台
  '046': 'wholesale', // 艺术品、收藏品拍卖 and 艺术品代理 are classed under 批发业
  // Galleries and craft shops in parks sell to the public (零售); a wholesaler says so.
  '047': 'retail',
  '051': 'leasing-business', // 投资与资产管理
  '052': 'leasing-business', // 文化企业总部管理, 园区管理服务
  '061': 'culture-sports-entertainment', // 娱乐业
  '062': 'public-facilities', // 公园、景区、动物园、植物园管理
  '063': 'culture-sports-entertainment', // 休闲观光活动
  '071': 'manufacturing',
  // Printing and media copying are manufacturing; the small 摄影扩印 part is resident services.
  '072': 'manufacturing',
  '073': 'research-technical', // 知识产权服务
  '074': 'leasing-business', // 会议、展览及相关服务
  // 文化活动服务 and 文化娱乐经纪 are culture and entertainment; 票务 and 婚庆 are minor parts.
  '075': 'culture-sports-entertainment',
  '076': 'leasing-business', // 文化用品设备出租
  // 社会人文科学研究 is research; 文化艺术培训 is education, which shares the 1000万 threshold.
  '077': 'research-technical',
  // 制造及销售: makers are manufacturing; a pure seller passes wholesale or retail.
  '081': 'manufacturing',
  '082': 'manufacturing',
  '083': 'manufacturing',
  '084': 'manufacturing',
  '085': 'manufacturing',
  '086': 'manufacturing',
  '091': 'manufacturing',
  '092': 'manufacturing',
  '093': 'manufacturing',
  '094': 'manufacturing',
  '095': 'manufacturing',
};

export interface AboveScaleFigures {
  /** The enterprise's 行业. */
  readonly subcategory: CultureSubcategoryCode;
  /** That year's full-year 营业收入 in integer 元; null or absent when not reported. */
  readonly revenueYuan?: number | null;
  /** 年末从业人员 at the end of that year. */
  readonly yearEndStaff?: number | null;
  /** The sector to judge by when the 中类's usual one does not fit this enterprise. */
  readonly sector?: AboveScaleSector;
}

export interface AboveScaleSuggestion {
  /** True or false as the figures imply; null when a figure needed to decide is missing. */
  readonly suggested: boolean | null;
  readonly threshold: AboveScaleThreshold;
  readonly reason: LocalizedText;
}

function yuanEn(yuan: number): string {
  return formatMoney(yuan, { unit: 'yuan', withUnit: 'en' });
}

/** 万元 with as many decimals as the exact amount needs, so 1999.9999万 never shows as 2000. */
function wanZh(yuan: number): string {
  const fraction = String(Math.abs(yuan) % wan)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return formatMoney(yuan, { unit: 'wan-yuan', fractionDigits: fraction.length, withUnit: 'zh' });
}

function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/** An English phrase made to start a sentence. */
function sentence(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** What a year's figures imply for 规上, by the threshold of the enterprise's sector. */
export function suggestAboveScale(figures: AboveScaleFigures): AboveScaleSuggestion {
  const sector = figures.sector ?? aboveScaleSectorOfSubcategory[figures.subcategory];
  const rule = aboveScaleThresholds[sector];
  const standard = {
    zh: `${rule.sectorLabel.zh}规上标准（${rule.criteria.zh}）`,
    en: `the ${rule.sectorLabel.en} threshold (${rule.criteria.en})`,
  };
  const suggest = (suggested: boolean | null, zh: string, en: string): AboveScaleSuggestion => ({
    suggested,
    threshold: rule,
    reason: localized(zh, sentence(en)),
  });

  const minStaff = rule.minYearEndStaff;
  const revenue = known(figures.revenueYuan)
    ? {
        met: figures.revenueYuan >= rule.minRevenueYuan,
        zh: `全年营业收入 ${wanZh(figures.revenueYuan)}`,
        en: `full-year revenue of ${yuanEn(figures.revenueYuan)}`,
      }
    : undefined;
  const staff =
    minStaff !== null && known(figures.yearEndStaff)
      ? {
          met: figures.yearEndStaff >= minStaff,
          zh: `年末从业人员 ${figures.yearEndStaff} 人`,
          en: `year-end staff of ${figures.yearEndStaff}`,
        }
      : undefined;

  const met = [staff, revenue].find((figure) => figure?.met === true);
  if (met) return suggest(true, `${met.zh}，达到${standard.zh}`, `${met.en} meets ${standard.en}`);

  if (minStaff === null) {
    return revenue
      ? suggest(false, `${revenue.zh}，低于${standard.zh}`, `${revenue.en} is below ${standard.en}`)
      : suggest(
          null,
          `缺少全年营业收入，无法按${standard.zh}判断`,
          `full-year revenue is missing, so ${standard.en} cannot be applied`,
        );
  }
  if (revenue && staff) {
    return suggest(
      false,
      `${revenue.zh}、${staff.zh}，均低于${standard.zh}`,
      `${revenue.en} and ${staff.en} are both below ${standard.en}`,
    );
  }
  // Staff or revenue alone can make an enterprise 规上, so one figure below it decides nothing.
  const below = revenue ?? staff;
  const missing = revenue
    ? { zh: '年末从业人员数', en: 'year-end staff' }
    : staff
      ? { zh: '全年营业收入', en: 'full-year revenue' }
      : { zh: '全年营业收入和年末从业人员数', en: 'full-year revenue and year-end staff' };
  const belowNote = below
    ? { zh: `${below.zh}未达到，但`, en: `${below.en} falls short, but ` }
    : { zh: '', en: '' };
  return suggest(
    null,
    `${belowNote.zh}缺少${missing.zh}，无法按${standard.zh}判断`,
    `${belowNote.en}${missing.en} ${below ? 'is' : 'are'} missing, so ${standard.en} cannot be applied`,
  );
}

/**
 * A warning when the status the statistics office set for a year disagrees with what that year's
 * figures imply; undefined when they agree or either is unknown. The stored status always stands.
 */
export function checkAboveScaleStatus(
  stored: boolean | undefined,
  suggestion: AboveScaleSuggestion,
): LocalizedText | undefined {
  if (stored === undefined || suggestion.suggested === null || stored === suggestion.suggested) {
    return undefined;
  }
  const { reason } = suggestion;
  return stored
    ? localized(
        `统计部门认定为规上企业，但按填报数据未达到标准：${reason.zh}。规上状态以统计部门认定为准，本系统不作修改；请核对全年营业收入、从业人员和行业。`,
        `The statistics office lists this enterprise as above designated size, but the reported figures do not meet the threshold: ${reason.en}. The office's status stands and the app does not change it; check the full-year revenue, staff and industry.`,
      )
    : localized(
        `统计部门未认定为规上企业，但按填报数据已达到标准：${reason.zh}。规上状态以统计部门认定为准，本系统不作修改；请核对数据，如无误可向统计部门申报。`,
        `The statistics office does not list this enterprise as above designated size, but the reported figures meet the threshold: ${reason.en}. The office's status stands and the app does not change it; check the figures and, if they are right, the enterprise may apply to the office.`,
      );
}
