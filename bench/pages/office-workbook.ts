/**
 * A deterministic enterprise list laid out as the district office lays out its sheets: a title
 * row, a 填报单位 row, a two-row header with units, the data, a 合计 row and a note.
 */
import { computeCheckCharacter, computeOrgCodeCheck } from '../../shared/enterprises/credit-code';

export interface OfficeRow {
  name: string;
  creditCode: string;
  street: string;
  subcategory: string;
  revenueWan: number;
  priorRevenueWan: number;
  employees: number;
  foundedOn: string;
}

/** mulberry32: small, fast and the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['星河', '云帆', '青禾', '墨境', '光年', '拾光', '知行', '远山', '木棉', '长歌'];
const trades = ['文化传媒', '影视制作', '数字科技', '广告', '设计', '文化艺术', '网络科技'];
const streets = ['酒仙桥街道', '高碑店地区', '东坝地区', '南磨房地区', '望京街道', '三里屯街道'];
const subcategories = ['031 广告服务', '022 广播影视节目制作', '024 数字内容服务', '032 设计服务'];

/**
 * A valid code (both check characters right), as a real office workbook holds: the rows are
 * new enterprises the import can commit, not 20,000 errors.
 */
function creditCode(index: number): string {
  const orgBody = String(10_000_000 + index).slice(-8);
  const first17 = `91110105${orgBody}${computeOrgCodeCheck(orgBody)}`;
  return first17 + computeCheckCharacter(first17);
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

export function officeRows(count: number, seed = 20241031): OfficeRow[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const revenueWan = Math.round(random() * 5_000_000) / 100;
    return {
      name: `北京${pick(words, random)}${pick(words, random)}${pick(trades, random)}有限公司${index}`,
      creditCode: creditCode(index),
      street: pick(streets, random),
      subcategory: pick(subcategories, random),
      revenueWan,
      priorRevenueWan: Math.round(revenueWan * (0.8 + random() * 0.4) * 100) / 100,
      employees: Math.floor(random() * 500),
      foundedOn: `20${String(10 + Math.floor(random() * 14))}-0${String(1 + Math.floor(random() * 9))}-15`,
    };
  });
}

export function officeSheetRows(rows: readonly OfficeRow[]): (string | number)[][] {
  const total = rows.reduce((sum, row) => sum + row.revenueWan, 0);
  return [
    ['朝阳区规模以上文化企业情况表（2024年1-10月）'],
    ['填报单位：国家文创实验区管委会'],
    [
      '序号',
      '单位名称',
      '统一社会信用代码',
      '所属街道',
      '行业中类',
      '营业收入（万元）',
      '',
      '期末从业人员（人）',
      '成立日期',
    ],
    ['', '', '', '', '', '本年累计', '上年同期', '', ''],
    ...rows.map((row, index) => [
      index + 1,
      row.name,
      row.creditCode,
      row.street,
      row.subcategory,
      row.revenueWan,
      row.priorRevenueWan,
      row.employees,
      row.foundedOn,
    ]),
    ['合计', '', '', '', '', Math.round(total * 100) / 100, '', '', ''],
    ['注：营业收入为1-10月累计数。'],
  ];
}
