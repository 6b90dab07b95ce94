/**
 * The sheets and columns of the 园区台账交换表: per record sheet its name, the kind of record it
 * holds (the import's ImportEntity, so our own import reads it back), and its columns — the
 * Chinese header with its unit, the import field the column fills, how its values are written,
 * its width and, for enumerated columns, the drop-down's options. Headers are words the import
 * dictionary knows (mapping/import-fields.ts); a test proves every column maps back to its field.
 */
import { chaoyangStreets } from '../../reference/chaoyang-streets';
import { cultureSubcategories } from '../../reference/culture-classification';
import { digitalCultureClasses } from '../../reference/digital-culture';
import type { ImportEntity } from '../mapping/import-entity';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import { exchangeFormatVersion } from './format-version';
import { textFormat } from './workbook-spec';

/** How a column's values are written; each kind has one cell form and number format. */
export type ExchangeValueKind =
  | 'record-id'
  | 'text'
  | 'code'
  | 'text-list'
  | 'money-wan'
  | 'money-yi'
  | 'area'
  | 'integer'
  | 'year'
  | 'percent'
  | 'date'
  | 'boolean'
  | 'choice'
  | 'choice-list'
  | 'digital-culture-class'
  | 'certification-list'
  | 'subcategory'
  | 'street'
  | 'period';

export interface ExchangeColumn {
  /** The import field the column fills; null for the record id, which only the round trip reads. */
  readonly field: ImportFieldId | null;
  readonly header: string;
  readonly kind: ExchangeValueKind;
  readonly width: number;
  readonly numberFormat?: string;
  /** The drop-down's options, as the cells show them; absent for free-entry columns. */
  readonly choices?: readonly string[];
  /** A list column: the drop-down offers one option and accepts several typed with 、. */
  readonly multiple?: true;
}

export interface ExchangeSheetDefinition {
  readonly entity: ImportEntity;
  readonly name: string;
  readonly columns: readonly ExchangeColumn[];
}

export const exchangeSheetNames = {
  instructions: '说明',
  parks: '园区',
  enterprises: '企业',
  tenancies: '入驻',
  revenue: '营收',
  cultivation: '培育进展',
  milestones: '培育里程碑',
  events: '活动',
  financing: '融资',
} as const satisfies Readonly<Record<ImportEntity | 'instructions', string>>;

/** The record sheets in workbook order (说明 comes first, the hidden sheets last). */
export const exchangeEntities = [
  'parks',
  'enterprises',
  'tenancies',
  'revenue',
  'cultivation',
  'milestones',
  'events',
  'financing',
] as const satisfies readonly ImportEntity[];

/** Header of the first column of every record sheet: the registry's id of the row's record. */
export const recordIdHeader = '记录ID（请勿修改）';

export const yesNoLabels = ['是', '否'] as const;

/** Number formats: money keeps up to 4 decimals of 万元 (whole 元) and shows at least 2. */
export const exchangeNumberFormats: Readonly<Partial<Record<ExchangeValueKind, string>>> = {
  'record-id': textFormat,
  text: textFormat,
  code: textFormat,
  'text-list': textFormat,
  'money-wan': '#,##0.00##',
  'money-yi': '#,##0.00######',
  area: '#,##0.##',
  integer: '#,##0',
  year: '0',
  percent: '0.0#',
  date: 'yyyy-mm-dd',
  boolean: textFormat,
  choice: textFormat,
  'choice-list': textFormat,
  'digital-culture-class': textFormat,
  'certification-list': textFormat,
  subcategory: textFormat,
  street: textFormat,
  period: textFormat,
};

const defaultWidths: Readonly<Record<ExchangeValueKind, number>> = {
  'record-id': 14,
  text: 16,
  code: 22,
  'text-list': 20,
  'money-wan': 16,
  'money-yi': 16,
  area: 14,
  integer: 12,
  year: 10,
  percent: 12,
  date: 12,
  boolean: 10,
  choice: 14,
  'choice-list': 24,
  'digital-culture-class': 30,
  'certification-list': 36,
  subcategory: 26,
  street: 16,
  period: 14,
};

/** The options of a 中类 drop-down: code and name, as normaliseSubcategory reads them back. */
export function subcategoryChoice(code: string, name: string): string {
  return `${code} ${name}`;
}

/** The options of a 数字文化小类 drop-down, as normaliseDigitalCultureClass reads them back. */
export function digitalCultureClassChoice(id: number, name: string): string {
  return `${String(id)} ${name}`;
}

function choicesOf(field: ImportFieldId, kind: ExchangeValueKind): readonly string[] | undefined {
  switch (kind) {
    case 'boolean':
      return yesNoLabels;
    case 'street':
      return chaoyangStreets.map((street) => street.name);
    case 'subcategory':
      return cultureSubcategories.map((sub) => subcategoryChoice(sub.code, sub.name));
    case 'digital-culture-class':
      return digitalCultureClasses.map((entry) => digitalCultureClassChoice(entry.id, entry.name));
    // 此前认定 has none: a tier picked alone, without its year, is no certification.
    case 'choice':
    case 'choice-list': {
      const labels = importField(field).choices?.labels ?? {};
      return Object.values(labels).map((label) => label.zh);
    }
    default:
      return undefined;
  }
}

function column(
  field: ImportFieldId,
  header: string,
  kind: ExchangeValueKind,
  width = defaultWidths[kind],
): ExchangeColumn {
  const numberFormat = exchangeNumberFormats[kind];
  const choices = choicesOf(field, kind);
  return {
    field,
    header,
    kind,
    width,
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(choices === undefined ? {} : { choices }),
    ...(kind === 'choice-list' ? { multiple: true } : {}),
  };
}

const recordIdColumn: ExchangeColumn = {
  field: null,
  header: recordIdHeader,
  kind: 'record-id',
  width: defaultWidths['record-id'],
  numberFormat: textFormat,
};

const enterpriseIdentity = [
  column('enterpriseName', '企业名称', 'text', 36),
  column('creditCode', '统一社会信用代码', 'code'),
] as const;

/**
 * Every record sheet of a format version (the current one unless a returned workbook says it
 * is older), with 规模以上 read for `aboveScaleYear` (the status is set per year by the
 * statistics office; the export's period decides which year's is shown).
 */
export function exchangeSheets(
  aboveScaleYear: number,
  formatVersion = exchangeFormatVersion,
): readonly ExchangeSheetDefinition[] {
  const sheet = (entity: ImportEntity, columns: readonly ExchangeColumn[]) => ({
    entity,
    name: exchangeSheetNames[entity],
    columns: [recordIdColumn, ...columns],
  });
  /** Sheets and columns added in a version: absent from a workbook written before it. */
  const since = <T>(version: number, ...added: readonly T[]): readonly T[] =>
    formatVersion >= version ? added : [];
  return [
    sheet('parks', [
      column('parkDistrictCode', '园区编号', 'code', 12),
      column('parkName', '园区名称', 'text', 30),
      column('street', '所属街道（地区）', 'street'),
      column('inExperimentalZone', '是否位于实验区', 'boolean', 14),
      column('address', '地址', 'text', 32),
      column('operatorName', '运营主体', 'text', 30),
      column('operatorCreditCode', '运营主体统一社会信用代码', 'code'),
      column('certificationTier', '认定级别', 'choice', 24),
      column('certificationYear', '认定年份', 'year'),
      ...since(2, column('earlierCertifications', '此前认定', 'certification-list')),
      column('themes', '特色方向', 'text-list'),
      column('landAreaSqm', '占地面积（平方米）', 'area'),
      column('floorAreaSqm', '建筑面积（平方米）', 'area'),
      column('rentableAreaSqm', '可租赁面积（平方米）', 'area'),
      column('cultivationTier', '培育梯队', 'choice'),
      column('openedOn', '开园日期', 'date'),
      column('contactName', '联系人', 'text', 10),
      column('contactPhone', '联系电话', 'code', 16),
      column('notes', '备注', 'text', 30),
    ]),
    sheet('enterprises', [
      ...enterpriseIdentity,
      column('formerNames', '曾用名', 'text-list', 30),
      column('foundedOn', '成立日期', 'date'),
      column('registeredCapitalYuan', '注册资本（万元）', 'money-wan'),
      column('subcategoryCode', '行业（文化产业中类）', 'subcategory'),
      column('digitalCulture', '是否数字文化', 'boolean', 14),
      ...since(2, column('digitalCultureClass', '数字文化小类', 'digital-culture-class')),
      column('aboveScale', `是否规上（${String(aboveScaleYear)}年）`, 'boolean', 18),
      ...since(2, column('enterpriseTags', '企业标签', 'choice-list')),
      column('enterpriseStatus', '经营状态', 'choice'),
      column('statisticalBasis', '统计口径', 'choice'),
      column('contactName', '联系人', 'text', 10),
      column('contactPhone', '联系电话', 'code', 16),
      column('notes', '备注', 'text', 30),
    ]),
    sheet('tenancies', [
      ...enterpriseIdentity,
      column('parkName', '园区名称', 'text', 30),
      column('building', '楼栋', 'text', 10),
      column('room', '房间号', 'text', 10),
      column('leasedAreaSqm', '租赁面积（平方米）', 'area'),
      column('movedInOn', '入驻日期', 'date'),
      column('leaseEndsOn', '租赁到期日', 'date'),
      column('movedOutOn', '迁出日期', 'date'),
    ]),
    sheet('revenue', [
      ...enterpriseIdentity,
      column('period', '统计期', 'period'),
      column('revenueYuan', '营业收入（万元）', 'money-wan'),
      column('priorYearRevenueYuan', '上年同期营业收入（万元）', 'money-wan', 22),
      column('yoyGrowthReportedPercent', '营业收入同比增速（%）', 'percent', 20),
      column('profitYuan', '利润总额（万元）', 'money-wan'),
      column('taxYuan', '纳税总额（万元）', 'money-wan'),
      column('employeesAtPeriodEnd', '期末从业人员（人）', 'integer', 16),
    ]),
    sheet('cultivation', [
      column('parkName', '园区名称', 'text', 30),
      column('targetYuan', '目标营收（亿元）', 'money-yi'),
      column('targetYear', '目标年份', 'year'),
      column('baselineYear', '基准年份', 'year'),
      column('baselineYuan', '基准营收（亿元）', 'money-yi'),
      column('revenueBase', '营收口径', 'choice', 24),
      column('notes', '备注', 'text', 30),
    ]),
    ...since(
      2,
      sheet('milestones', [
        column('parkName', '园区名称', 'text', 30),
        column('milestoneTitle', '里程碑', 'text', 36),
        column('milestoneDueOn', '计划完成日期', 'date', 14),
        column('milestoneStatus', '进展状态', 'choice'),
        column('milestoneDoneOn', '完成日期', 'date'),
      ]),
    ),
    sheet('events', [
      column('parkName', '园区名称', 'text', 30),
      column('eventTitle', '活动名称', 'text', 30),
      column('eventType', '活动类型', 'choice'),
      column('eventDate', '活动日期', 'date'),
      column('visitors', '参与人次', 'integer'),
    ]),
    sheet('financing', [
      ...enterpriseIdentity,
      column('lender', '资金方', 'text', 24),
      column('financingAmountYuan', '融资金额（万元）', 'money-wan'),
      column('financingDate', '融资日期', 'date'),
      column('financingKind', '融资类型', 'choice'),
    ]),
  ];
}

/** The import fields of a sheet's columns in order: what a record's content hash covers. */
export function hashedFields(definition: ExchangeSheetDefinition): ImportFieldId[] {
  return definition.columns.flatMap((col) => (col.field === null ? [] : [col.field]));
}
