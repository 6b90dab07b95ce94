/**
 * The 16 小类 the statistics bureau counts as 文化新业态, reported as 数字文化. Names are
 * confirmed; the 中类 each sits under is recalled (and unknown for 其他文化艺术业), so it is a
 * hint for the enterprise form, not a rule: an enterprise's 数字文化 flag is what was reported.
 */
import { toLookupKey } from '../text/half-width';
import type { CultureSubcategoryCode } from './culture-classification';
import type { ReferenceLinkStatus, ReferenceStatus } from './reference-status';

const recalled = 'recalled-unverified';

const digitalCultureTable = [
  { id: 1, name: '广播电视集成播控', likelyParent: '013', parentStatus: recalled },
  { id: 2, name: '互联网搜索服务', likelyParent: '014', parentStatus: recalled },
  { id: 3, name: '互联网其他信息服务', likelyParent: '014', parentStatus: recalled },
  { id: 4, name: '数字出版', likelyParent: '021', parentStatus: recalled },
  { id: 5, name: '其他文化艺术业', likelyParent: null, parentStatus: 'unknown' },
  { id: 6, name: '动漫、游戏数字内容服务', likelyParent: '024', parentStatus: recalled },
  { id: 7, name: '互联网游戏服务', likelyParent: '024', parentStatus: recalled },
  {
    id: 8,
    name: '多媒体、游戏动漫和数字出版软件开发',
    likelyParent: '024',
    parentStatus: recalled,
  },
  { id: 9, name: '增值电信文化服务', likelyParent: '024', parentStatus: recalled },
  { id: 10, name: '其他文化数字内容服务', likelyParent: '024', parentStatus: recalled },
  { id: 11, name: '互联网广告服务', likelyParent: '031', parentStatus: recalled },
  { id: 12, name: '互联网文化娱乐平台', likelyParent: '045', parentStatus: recalled },
  { id: 13, name: '版权和文化软件服务', likelyParent: '073', parentStatus: recalled },
  { id: 14, name: '娱乐用智能无人飞行器制造', likelyParent: '095', parentStatus: recalled },
  { id: 15, name: '可穿戴智能文化设备制造', likelyParent: '095', parentStatus: recalled },
  { id: 16, name: '其他智能文化消费设备制造', likelyParent: '095', parentStatus: recalled },
] as const satisfies readonly {
  id: number;
  name: string;
  likelyParent: CultureSubcategoryCode | null;
  parentStatus: ReferenceLinkStatus;
}[];

/** The sequence number 1…16 of a 数字文化 小类 in the bureau's list. */
export type DigitalCultureClassId = (typeof digitalCultureTable)[number]['id'];

export interface DigitalCultureClass {
  readonly id: DigitalCultureClassId;
  readonly name: string;
  /** Every name is confirmed in a public source. */
  readonly nameStatus: ReferenceStatus;
  /** The 中类 it most likely sits under, or null where not even that is known. */
  readonly likelyParent: CultureSubcategoryCode | null;
  readonly parentStatus: ReferenceLinkStatus;
}

export const digitalCultureClasses: readonly DigitalCultureClass[] = digitalCultureTable.map(
  (entry) => ({ ...entry, nameStatus: 'confirmed' }),
);

const classById = new Map<number, DigitalCultureClass>(
  digitalCultureClasses.map((entry) => [entry.id, entry]),
);
const classByNameKey = new Map<string, DigitalCultureClass>(
  digitalCultureClasses.map((entry) => [toLookupKey(entry.name), entry]),
);

export function isDigitalCultureClassId(value: number): value is DigitalCultureClassId {
  return classById.has(value);
}

/**
 * A 数字文化 小类 by its sequence number (6 or '6' or '６') or its exact name (ignoring width
 * and spaces).
 */
export function findDigitalCultureClass(
  idOrName: number | string,
): DigitalCultureClass | undefined {
  if (typeof idOrName === 'number') return classById.get(idOrName);
  const key = toLookupKey(idOrName);
  if (/^\d{1,2}$/.test(key)) return classById.get(Number(key));
  return classByNameKey.get(key);
}

/** The 数字文化 小类 likely under a 中类: what the enterprise form offers once 行业 is chosen. */
export function digitalCultureClassesUnder(
  subcategory: CultureSubcategoryCode,
): readonly DigitalCultureClass[] {
  return digitalCultureClasses.filter((entry) => entry.likelyParent === subcategory);
}
