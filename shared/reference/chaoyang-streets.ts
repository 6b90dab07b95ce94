/**
 * Chaoyang District's 43 街道/地区 with their 9-digit statistical division codes: 24 街道 and 19
 * 地区 (a 地区 is also a 乡, e.g. 将台地区 = 将台乡). Code 110105020 is unused; 首都机场街道 is
 * 110105400.
 */
import { toLookupKey } from '../text/half-width';
import type { LocalizedText } from '../text/localized-text';

/** 朝阳区's administrative division code. */
export const chaoyangDistrictCode = '110105';

export type StreetKind = 'subdistrict' | 'area';

/** The official suffix of each kind, which is also its label. */
export const streetKindLabels: Readonly<Record<StreetKind, LocalizedText>> = {
  subdistrict: { zh: '街道', en: 'Subdistrict' },
  area: { zh: '地区', en: 'Area (township)' },
};

const streetTable = [
  { code: '110105001', name: '建外街道', kind: 'subdistrict' },
  { code: '110105002', name: '朝外街道', kind: 'subdistrict' },
  { code: '110105003', name: '呼家楼街道', kind: 'subdistrict' },
  { code: '110105004', name: '三里屯街道', kind: 'subdistrict' },
  { code: '110105005', name: '左家庄街道', kind: 'subdistrict' },
  { code: '110105006', name: '香河园街道', kind: 'subdistrict' },
  { code: '110105007', name: '和平街街道', kind: 'subdistrict' },
  { code: '110105008', name: '安贞街道', kind: 'subdistrict' },
  { code: '110105009', name: '亚运村街道', kind: 'subdistrict' },
  { code: '110105010', name: '小关街道', kind: 'subdistrict' },
  { code: '110105011', name: '酒仙桥街道', kind: 'subdistrict' },
  { code: '110105012', name: '麦子店街道', kind: 'subdistrict' },
  { code: '110105013', name: '团结湖街道', kind: 'subdistrict' },
  { code: '110105014', name: '六里屯街道', kind: 'subdistrict' },
  { code: '110105015', name: '八里庄街道', kind: 'subdistrict' },
  { code: '110105016', name: '双井街道', kind: 'subdistrict' },
  { code: '110105017', name: '劲松街道', kind: 'subdistrict' },
  { code: '110105018', name: '潘家园街道', kind: 'subdistrict' },
  { code: '110105019', name: '垡头街道', kind: 'subdistrict' },
  { code: '110105021', name: '南磨房地区', kind: 'area' },
  { code: '110105022', name: '高碑店地区', kind: 'area' },
  { code: '110105023', name: '将台地区', kind: 'area' },
  { code: '110105024', name: '太阳宫地区', kind: 'area' },
  { code: '110105025', name: '大屯街道', kind: 'subdistrict' },
  { code: '110105026', name: '望京街道', kind: 'subdistrict' },
  { code: '110105027', name: '小红门地区', kind: 'area' },
  { code: '110105028', name: '十八里店地区', kind: 'area' },
  { code: '110105029', name: '平房地区', kind: 'area' },
  { code: '110105030', name: '东风地区', kind: 'area' },
  { code: '110105031', name: '奥运村街道', kind: 'subdistrict' },
  { code: '110105032', name: '来广营地区', kind: 'area' },
  { code: '110105033', name: '常营地区', kind: 'area' },
  { code: '110105034', name: '三间房地区', kind: 'area' },
  { code: '110105035', name: '管庄地区', kind: 'area' },
  { code: '110105036', name: '金盏地区', kind: 'area' },
  { code: '110105037', name: '孙河地区', kind: 'area' },
  { code: '110105038', name: '崔各庄地区', kind: 'area' },
  { code: '110105039', name: '东坝地区', kind: 'area' },
  { code: '110105040', name: '黑庄户地区', kind: 'area' },
  { code: '110105041', name: '豆各庄地区', kind: 'area' },
  { code: '110105042', name: '王四营地区', kind: 'area' },
  { code: '110105043', name: '东湖街道', kind: 'subdistrict' },
  { code: '110105400', name: '首都机场街道', kind: 'subdistrict' },
] as const satisfies readonly { code: string; name: string; kind: StreetKind }[];

/** A 9-digit code of one of Chaoyang's 街道/地区, e.g. '110105001'. */
export type StreetCode = (typeof streetTable)[number]['code'];

export interface Street {
  readonly code: StreetCode;
  /** The full official name, with its 街道/地区 suffix. */
  readonly name: string;
  readonly kind: StreetKind;
}

export const chaoyangStreets: readonly Street[] = streetTable;

/** The suffixes people write or leave off: 乡 is the older name of a 地区. */
const suffixPattern = /(街道|地区|乡)$/;

function baseName(name: string): string {
  return name.replace(suffixPattern, '');
}

const streetByCode = new Map<string, Street>(
  chaoyangStreets.map((street) => [street.code, street]),
);
const streetByBaseName = new Map<string, Street>(
  chaoyangStreets.map((street) => [baseName(street.name), street]),
);

export function isStreetCode(value: string): value is StreetCode {
  return streetByCode.has(value);
}

/**
 * The 街道/地区 a user or a workbook cell means: its 9-digit code, its full name ('将台地区'), its
 * name without the suffix ('将台') or with another one ('将台乡'); width and spaces are ignored.
 */
export function findStreet(codeOrName: string): Street | undefined {
  const key = toLookupKey(codeOrName);
  return streetByCode.get(key) ?? streetByBaseName.get(baseName(key));
}
