/**
 * The unit a column's figures are in, as its header says: "营业收入（万元）", "建筑面积（㎡）",
 * "同比增速(%)". Money converts to integer 元 and areas to ㎡ when values are normalised.
 */
import { moneyUnitLabels, type MoneyUnit } from '../../money/money';
import { toLookupKey } from '../../text/half-width';
import { localized, type LocalizedText } from '../../text/localized-text';

export type AreaUnit = 'sqm' | 'ten-thousand-sqm' | 'mu' | 'hectare';
export type ColumnUnit = MoneyUnit | AreaUnit | 'percent';
export type UnitKind = 'money' | 'area' | 'percent';

/** Square metres per unit. 1 亩 is exactly 2000/3 ㎡ (1 公顷 = 15 亩 = 10,000 ㎡). */
export const squareMetresPer: Readonly<Record<AreaUnit, number>> = {
  sqm: 1,
  'ten-thousand-sqm': 10_000,
  mu: 2000 / 3,
  hectare: 10_000,
};

export const columnUnitLabels: Readonly<Record<ColumnUnit, LocalizedText>> = {
  ...moneyUnitLabels,
  sqm: localized('平方米', 'm²'),
  'ten-thousand-sqm': localized('万平方米', '10k m²'),
  mu: localized('亩', 'mu'),
  hectare: localized('公顷', 'hectares'),
  percent: localized('%', '%'),
};

const unitKinds: Readonly<Record<ColumnUnit, UnitKind>> = {
  yuan: 'money',
  'thousand-yuan': 'money',
  'wan-yuan': 'money',
  'yi-yuan': 'money',
  sqm: 'area',
  'ten-thousand-sqm': 'area',
  mu: 'area',
  hectare: 'area',
  percent: 'percent',
};

export function unitKindOf(unit: ColumnUnit): UnitKind {
  return unitKinds[unit];
}

export function isMoneyUnit(unit: ColumnUnit): unit is MoneyUnit {
  return unitKinds[unit] === 'money';
}

export function isAreaUnit(unit: ColumnUnit): unit is AreaUnit {
  return unitKinds[unit] === 'area';
}

/**
 * Spellings of each unit, longest first within a kind so 万元 is not read as 元 and 万平方米
 * not as 平方米. Matched against half-width, lower-case text without spaces.
 */
const unitSpellings: readonly (readonly [string, ColumnUnit])[] = [
  ['亿元', 'yi-yuan'],
  ['100myuan', 'yi-yuan'],
  ['万元', 'wan-yuan'],
  ['10kyuan', 'wan-yuan'],
  ['千元', 'thousand-yuan'],
  ['thousandyuan', 'thousand-yuan'],
  ['人民币元', 'yuan'],
  ['元', 'yuan'],
  ['yuan', 'yuan'],
  ['rmb', 'yuan'],
  ['cny', 'yuan'],
  ['万平方米', 'ten-thousand-sqm'],
  ['万平米', 'ten-thousand-sqm'],
  ['万㎡', 'ten-thousand-sqm'],
  ['万m²', 'ten-thousand-sqm'],
  ['万m2', 'ten-thousand-sqm'],
  ['平方米', 'sqm'],
  ['平米', 'sqm'],
  ['㎡', 'sqm'],
  ['m²', 'sqm'],
  ['m2', 'sqm'],
  ['sqm', 'sqm'],
  ['公顷', 'hectare'],
  ['hectare', 'hectare'],
  ['亩', 'mu'],
  ['%', 'percent'],
  ['百分比', 'percent'],
  ['百分点', 'percent'],
];

/** Text inside brackets of any width: （万元） (万元) [万元] 【万元】. */
const bracketed = /[（(［[【〔]([^）)］\]】〕]*)[）)］\]】〕]/g;
/** "单位：万元" or "金额单位:万元" up to the next separator; a line may hold several. */
const unitStatements = /单位[:：]\s*([^,，;；、)）\s]*)/g;

/** The first unit stated after a 单位： in the text (填报单位：… names no unit and is passed over). */
function statedUnit(text: string): ColumnUnit | null {
  for (const statement of text.matchAll(unitStatements)) {
    const unit = unitIn(statement[1] ?? '');
    if (unit !== null) return unit;
  }
  return null;
}

function compact(text: string): string {
  return toLookupKey(text).toLowerCase();
}

function unitIn(text: string): ColumnUnit | null {
  const key = compact(text);
  for (const [spelling, unit] of unitSpellings) {
    if (key === spelling || key.startsWith(spelling)) return unit;
  }
  return null;
}

/**
 * The unit a header names: in brackets ("营业收入（万元）"), after 单位 ("单位：万元"), or as the
 * header's last characters ("营业收入万元", "增速%"). Null when it names none.
 */
export function unitFromHeader(header: string): ColumnUnit | null {
  const stated = statedUnit(header);
  if (stated !== null) return stated;
  for (const match of header.matchAll(bracketed)) {
    const unit = unitIn(match[1] ?? '');
    if (unit !== null) return unit;
  }
  const key = compact(header.replace(bracketed, ''));
  for (const [spelling, unit] of unitSpellings) {
    if (key.endsWith(spelling) && key.length > spelling.length) return unit;
  }
  return null;
}

/**
 * A unit stated for the whole table in a title or note row: "单位：万元", "金额单位：万元",
 * "（单位：万元、人）". Only a money unit counts; areas and rates say theirs per column.
 */
export function moneyUnitFromStatement(text: string): MoneyUnit | null {
  const unit = statedUnit(text);
  return unit !== null && isMoneyUnit(unit) ? unit : null;
}
