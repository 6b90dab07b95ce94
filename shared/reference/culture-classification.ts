/**
 * 文化及相关产业分类(2018), National Bureau of Statistics: 9 大类 and 43 中类. An enterprise
 * stores only its 中类; its 大类 and 核心/相关 domain are always derived here.
 *
 * The 大类 are confirmed. The 中类 codes and names are recalled: consistent with the standard's
 * per-category counts (4+7+2+7+2+3+7+6+5 = 43) but not yet matched line by line to the official
 * text. This file is the one place to correct them; each entry keeps its status so the UI can
 * say which ones are unverified.
 */
import { toLookupKey } from '../text/half-width';
import type { LocalizedText } from '../text/localized-text';
import type { ReferenceStatus } from './reference-status';

export type CultureDomain = 'core' | 'related';

export const cultureDomainLabels: Readonly<Record<CultureDomain, LocalizedText>> = {
  core: { zh: '核心领域', en: 'Core domain' },
  related: { zh: '相关领域', en: 'Related domain' },
};

const categoryTable = [
  { code: '01', name: '新闻信息服务', domain: 'core', status: 'confirmed' },
  { code: '02', name: '内容创作生产', domain: 'core', status: 'confirmed' },
  { code: '03', name: '创意设计服务', domain: 'core', status: 'confirmed' },
  { code: '04', name: '文化传播渠道', domain: 'core', status: 'confirmed' },
  { code: '05', name: '文化投资运营', domain: 'core', status: 'confirmed' },
  { code: '06', name: '文化娱乐休闲服务', domain: 'core', status: 'confirmed' },
  { code: '07', name: '文化辅助生产和中介服务', domain: 'related', status: 'confirmed' },
  { code: '08', name: '文化装备生产', domain: 'related', status: 'confirmed' },
  { code: '09', name: '文化消费终端生产', domain: 'related', status: 'confirmed' },
] as const satisfies readonly {
  code: string;
  name: string;
  domain: CultureDomain;
  status: ReferenceStatus;
}[];

/** A 大类 code, '01'…'09'. */
export type CultureCategoryCode = (typeof categoryTable)[number]['code'];

/** A 大类 of the 2018 classification. */
export interface CultureCategory {
  readonly code: CultureCategoryCode;
  readonly name: string;
  readonly domain: CultureDomain;
  readonly status: ReferenceStatus;
}

export const cultureCategories: readonly CultureCategory[] = categoryTable;

const subcategoryTable = [
  // 新闻信息服务
  { code: '011', name: '新闻服务', category: '01', status: 'recalled-unverified' },
  { code: '012', name: '报纸信息服务', category: '01', status: 'recalled-unverified' },
  { code: '013', name: '广播电视信息服务', category: '01', status: 'recalled-unverified' },
  { code: '014', name: '互联网信息服务', category: '01', status: 'recalled-unverified' },
  // 内容创作生产
  { code: '021', name: '出版服务', category: '02', status: 'recalled-unverified' },
  { code: '022', name: '广播影视节目制作', category: '02', status: 'recalled-unverified' },
  { code: '023', name: '创作表演服务', category: '02', status: 'recalled-unverified' },
  { code: '024', name: '数字内容服务', category: '02', status: 'recalled-unverified' },
  { code: '025', name: '内容保存服务', category: '02', status: 'recalled-unverified' },
  { code: '026', name: '工艺美术品制造', category: '02', status: 'recalled-unverified' },
  { code: '027', name: '艺术陶瓷制造', category: '02', status: 'recalled-unverified' },
  // 创意设计服务
  { code: '031', name: '广告服务', category: '03', status: 'recalled-unverified' },
  { code: '032', name: '设计服务', category: '03', status: 'recalled-unverified' },
  // 文化传播渠道
  { code: '041', name: '出版物发行', category: '04', status: 'recalled-unverified' },
  { code: '042', name: '广播电视节目传输', category: '04', status: 'recalled-unverified' },
  { code: '043', name: '广播影视发行放映', category: '04', status: 'recalled-unverified' },
  { code: '044', name: '艺术表演', category: '04', status: 'recalled-unverified' },
  { code: '045', name: '互联网文化娱乐平台', category: '04', status: 'recalled-unverified' },
  { code: '046', name: '艺术品拍卖及代理', category: '04', status: 'recalled-unverified' },
  { code: '047', name: '工艺美术品销售', category: '04', status: 'recalled-unverified' },
  // 文化投资运营
  { code: '051', name: '投资与资产管理', category: '05', status: 'recalled-unverified' },
  { code: '052', name: '运营管理', category: '05', status: 'recalled-unverified' },
  // 文化娱乐休闲服务
  { code: '061', name: '娱乐服务', category: '06', status: 'recalled-unverified' },
  { code: '062', name: '景区游览服务', category: '06', status: 'recalled-unverified' },
  { code: '063', name: '休闲观光游览服务', category: '06', status: 'recalled-unverified' },
  // 文化辅助生产和中介服务
  { code: '071', name: '文化辅助用品制造', category: '07', status: 'recalled-unverified' },
  { code: '072', name: '印刷复制服务', category: '07', status: 'recalled-unverified' },
  { code: '073', name: '版权服务', category: '07', status: 'recalled-unverified' },
  { code: '074', name: '会议展览服务', category: '07', status: 'recalled-unverified' },
  { code: '075', name: '文化经纪代理服务', category: '07', status: 'recalled-unverified' },
  { code: '076', name: '文化设备（用品）出租服务', category: '07', status: 'recalled-unverified' },
  { code: '077', name: '文化科研培训服务', category: '07', status: 'recalled-unverified' },
  // 文化装备生产
  { code: '081', name: '印刷设备制造', category: '08', status: 'recalled-unverified' },
  {
    code: '082',
    name: '广播电视电影设备制造及销售',
    category: '08',
    status: 'recalled-unverified',
  },
  { code: '083', name: '摄录设备制造及销售', category: '08', status: 'recalled-unverified' },
  { code: '084', name: '演艺设备制造及销售', category: '08', status: 'recalled-unverified' },
  { code: '085', name: '游乐游艺设备制造', category: '08', status: 'recalled-unverified' },
  { code: '086', name: '乐器制造及销售', category: '08', status: 'recalled-unverified' },
  // 文化消费终端生产
  { code: '091', name: '文具制造及销售', category: '09', status: 'recalled-unverified' },
  { code: '092', name: '笔墨制造', category: '09', status: 'recalled-unverified' },
  { code: '093', name: '玩具制造', category: '09', status: 'recalled-unverified' },
  { code: '094', name: '节庆用品制造', category: '09', status: 'recalled-unverified' },
  { code: '095', name: '信息服务终端制造及销售', category: '09', status: 'recalled-unverified' },
] as const satisfies readonly {
  code: string;
  name: string;
  category: CultureCategoryCode;
  status: ReferenceStatus;
}[];

/** A 中类 code, '011'…'095': what an enterprise's 行业 is stored as. */
export type CultureSubcategoryCode = (typeof subcategoryTable)[number]['code'];

/** A 中类 of the 2018 classification, under its 大类. */
export interface CultureSubcategory {
  readonly code: CultureSubcategoryCode;
  readonly name: string;
  readonly category: CultureCategoryCode;
  readonly status: ReferenceStatus;
}

export const cultureSubcategories: readonly CultureSubcategory[] = subcategoryTable;

const categoryByCode = new Map<string, CultureCategory>(
  cultureCategories.map((category) => [category.code, category]),
);
const subcategoryByCode = new Map<string, CultureSubcategory>(
  cultureSubcategories.map((subcategory) => [subcategory.code, subcategory]),
);
const subcategoryByNameKey = new Map<string, CultureSubcategory>(
  cultureSubcategories.map((subcategory) => [toLookupKey(subcategory.name), subcategory]),
);

export function isCultureCategoryCode(value: string): value is CultureCategoryCode {
  return categoryByCode.has(value);
}

export function isCultureSubcategoryCode(value: string): value is CultureSubcategoryCode {
  return subcategoryByCode.has(value);
}

/** The entry for a code the type system already vouches for. */
function entryFor<T>(table: ReadonlyMap<string, T>, code: string): T {
  const entry = table.get(code);
  if (entry === undefined) throw new RangeError(`No 2018 分类 entry with code ${code}`);
  return entry;
}

export function cultureCategory(code: CultureCategoryCode): CultureCategory {
  return entryFor(categoryByCode, code);
}

export function cultureSubcategory(code: CultureSubcategoryCode): CultureSubcategory {
  return entryFor(subcategoryByCode, code);
}

/** The 大类 a 中类 belongs to. */
export function categoryOfSubcategory(code: CultureSubcategoryCode): CultureCategory {
  return cultureCategory(cultureSubcategory(code).category);
}

/** 核心领域 or 相关领域, from the 中类's 大类. */
export function domainOfSubcategory(code: CultureSubcategoryCode): CultureDomain {
  return categoryOfSubcategory(code).domain;
}

/** The 中类 of one 大类, in code order. */
export function subcategoriesOf(category: CultureCategoryCode): readonly CultureSubcategory[] {
  return cultureSubcategories.filter((subcategory) => subcategory.category === category);
}

/**
 * The 中类 a user or a workbook cell means: its exact code ('031', also '０３１' or ' 031 ') or its
 * exact name ('广告服务', ignoring width and spaces). A bare '31' is not a code and finds nothing.
 */
export function findSubcategory(codeOrName: string): CultureSubcategory | undefined {
  const key = toLookupKey(codeOrName);
  return subcategoryByCode.get(key) ?? subcategoryByNameKey.get(key);
}

/**
 * How well a 中类 matches what was typed in a picker, best first: exact code, code prefix (a
 * 大类 code such as '03' lists its 中类), exact name, name prefix, name substring, and last a
 * match in its 大类's name ('新闻' also lists 新闻信息服务's 中类).
 */
function matchRank(subcategory: CultureSubcategory, key: string): number | undefined {
  const name = toLookupKey(subcategory.name);
  if (subcategory.code === key) return 0;
  if (subcategory.code.startsWith(key)) return 1;
  if (name === key) return 2;
  if (name.startsWith(key)) return 3;
  if (name.includes(key)) return 4;
  if (toLookupKey(cultureCategory(subcategory.category).name).includes(key)) return 5;
  return undefined;
}

/** The 中类 matching a picker query, best match first, then in code order; all of them for ''. */
export function searchSubcategories(query: string): readonly CultureSubcategory[] {
  const key = toLookupKey(query);
  if (key === '') return cultureSubcategories;
  return (
    cultureSubcategories
      .flatMap((subcategory) => {
        const rank = matchRank(subcategory, key);
        return rank === undefined ? [] : [{ subcategory, rank }];
      })
      // Array sort is stable, so equal ranks stay in code order.
      .sort((a, b) => a.rank - b.rank)
      .map(({ subcategory }) => subcategory)
  );
}
