/**
 * The fields a workbook column can fill, with the words offices use for them in headers.
 * Synonyms are written as people write them and compared by `readHeader`'s base, so brackets,
 * units, widths and period words (本年累计, 2024年) need no spelling of their own; 上年同期 and
 * 同比 columns find their field through the figure they qualify (`priorYear`, `growth`).
 */
import {
  enterpriseStatusLabels,
  enterpriseTagLabels,
  statisticalBasisLabels,
} from '../../enterprises/enterprise';
import { milestoneStatusLabels, revenueBaseLabels } from '../../cultivation/cultivation-plan';
import { parkEventTypeLabels } from '../../events/park-event';
import { financingKindLabels } from '../../financing/financing';
import { certificationTierLabels, cultivationTierLabels } from '../../parks/park';
import { localized, type LocalizedText } from '../../text/localized-text';
import type { UnitKind } from './column-unit';
import type { ImportEntity } from './import-entity';

/** How a cell of a field is read (see ../values/normalise-cell.ts). */
export type ValueKind =
  | 'text'
  | 'multiline-text'
  | 'text-list'
  | 'credit-code'
  | 'money'
  | 'percent'
  | 'area'
  | 'integer'
  | 'year'
  | 'date'
  | 'boolean'
  | 'subcategory'
  | 'street'
  | 'period'
  | 'choice'
  | 'choice-list'
  | 'digital-culture-class'
  | 'certification-list'
  | 'phone'
  | 'ignored';

/** The unit kind a value kind is measured in, for the kinds that have one. */
export const unitKindOfValueKind: Partial<Readonly<Record<ValueKind, UnitKind>>> = {
  money: 'money',
  area: 'area',
  percent: 'percent',
};

/** The options of a choice field: the model's own labels, plus other words for them. */
export interface ChoiceSet {
  readonly labels: Readonly<Record<string, LocalizedText>>;
  readonly synonyms?: Readonly<Record<string, string>>;
}

export const importFieldIds = [
  'serialNo',
  'enterpriseName',
  'creditCode',
  'formerNames',
  'foundedOn',
  'registeredCapitalYuan',
  'subcategoryCode',
  'digitalCulture',
  'digitalCultureClass',
  'aboveScale',
  'enterpriseTags',
  'enterpriseStatus',
  'statisticalBasis',
  'contactName',
  'contactPhone',
  'address',
  'notes',
  'parkName',
  'parkDistrictCode',
  'street',
  'inExperimentalZone',
  'operatorName',
  'operatorCreditCode',
  'certificationTier',
  'certificationYear',
  'earlierCertifications',
  'themes',
  'landAreaSqm',
  'floorAreaSqm',
  'rentableAreaSqm',
  'cultivationTier',
  'openedOn',
  'period',
  'revenueYuan',
  'priorYearRevenueYuan',
  'yoyGrowthReportedPercent',
  'profitYuan',
  'taxYuan',
  'employeesAtPeriodEnd',
  'targetYuan',
  'targetYear',
  'baselineYear',
  'baselineYuan',
  'revenueBase',
  'milestoneTitle',
  'milestoneDueOn',
  'milestoneStatus',
  'milestoneDoneOn',
  'eventTitle',
  'eventType',
  'eventDate',
  'visitors',
  'lender',
  'financingAmountYuan',
  'financingDate',
  'financingKind',
  'building',
  'room',
  'leasedAreaSqm',
  'movedInOn',
  'leaseEndsOn',
  'movedOutOn',
] as const;
export type ImportFieldId = (typeof importFieldIds)[number];

export interface ImportFieldSpec {
  readonly id: ImportFieldId;
  readonly label: LocalizedText;
  readonly kind: ValueKind;
  readonly choices?: ChoiceSet;
  /** Header words for this field, Chinese and English. */
  readonly synonyms: readonly string[];
  /** Words that make a header mean a different figure: 平均 for 期末从业人员. */
  readonly excludes?: readonly string[];
  /** How strongly a column of this field says the sheet holds each kind of record. */
  readonly evidence: Partial<Readonly<Record<ImportEntity, number>>>;
  /** The field a 上年同期 column of this figure fills. */
  readonly priorYear?: ImportFieldId;
  /** The field a 同比/增速 column of this figure fills. */
  readonly growth?: ImportFieldId;
}

/** An enterprise's identity columns appear in every sheet about enterprises. */
const enterpriseIdentity = { enterprises: 2, revenue: 1, financing: 1, tenancies: 1 } as const;

/** 认定级别 as offices write it; 此前认定 lists the same tiers with their years. */
const certificationTierChoices: ChoiceSet = {
  labels: certificationTierLabels,
  synonyms: {
    市级示范园区: 'municipal-demonstration',
    示范园区: 'municipal-demonstration',
    示范园区提名: 'municipal-demonstration-nominated',
    示范提名: 'municipal-demonstration-nominated',
    提名: 'municipal-demonstration-nominated',
    市级: 'municipal',
    市级园区: 'municipal',
    区级园区: 'district',
    无: 'none',
  },
};

const fieldTable: Readonly<Record<ImportFieldId, Omit<ImportFieldSpec, 'id'>>> = {
  serialNo: {
    label: localized('序号', 'No.'),
    kind: 'ignored',
    synonyms: ['序号', '行号', '序', 'no'],
    evidence: {},
  },
  enterpriseName: {
    label: localized('企业名称', 'Enterprise name'),
    kind: 'text',
    synonyms: [
      '企业名称',
      '单位名称',
      '企业全称',
      '公司名称',
      '单位详细名称',
      '法人单位名称',
      '纳税人名称',
      '企业',
      '入驻企业',
      '入驻企业名称',
      'enterprise',
      'enterprisename',
      'companyname',
      'company',
    ],
    evidence: enterpriseIdentity,
  },
  creditCode: {
    label: localized('统一社会信用代码', 'Unified social credit code'),
    kind: 'credit-code',
    synonyms: [
      '统一社会信用代码',
      '社会信用代码',
      '信用代码',
      '统一信用代码',
      '统一代码',
      '纳税人识别号',
      '税号',
      'uscc',
      'creditcode',
      'unifiedsocialcreditcode',
    ],
    evidence: enterpriseIdentity,
  },
  formerNames: {
    label: localized('曾用名', 'Former names'),
    kind: 'text-list',
    synonyms: ['曾用名', '原名称', '原企业名称', 'formername', 'formernames'],
    evidence: { enterprises: 1 },
  },
  foundedOn: {
    label: localized('成立日期', 'Founded on'),
    kind: 'date',
    synonyms: ['成立日期', '成立时间', '注册日期', '注册时间', '设立日期', 'founded', 'foundedon'],
    evidence: { enterprises: 2 },
  },
  registeredCapitalYuan: {
    label: localized('注册资本', 'Registered capital'),
    kind: 'money',
    synonyms: ['注册资本', '注册资金', 'registeredcapital'],
    evidence: { enterprises: 2 },
  },
  subcategoryCode: {
    label: localized('行业（文化产业中类）', 'Industry (culture subcategory)'),
    kind: 'subcategory',
    synonyms: [
      '行业',
      '所属行业',
      '行业分类',
      '行业代码',
      '行业类别',
      '行业中类',
      '中类',
      '文化产业分类',
      '文化产业类别',
      '所属文化产业类别',
      '文化及相关产业分类',
      'industry',
      'subcategory',
    ],
    evidence: { enterprises: 2 },
  },
  digitalCulture: {
    label: localized('数字文化（文化新业态）', 'Digital culture'),
    kind: 'boolean',
    synonyms: [
      '数字文化',
      '是否数字文化',
      '数字文化企业',
      '文化新业态',
      '是否文化新业态',
      'digitalculture',
    ],
    evidence: { enterprises: 2 },
  },
  digitalCultureClass: {
    label: localized('数字文化小类', 'Digital-culture class'),
    kind: 'digital-culture-class',
    synonyms: [
      '数字文化小类',
      '数字文化类别',
      '数字文化分类',
      '文化新业态小类',
      '文化新业态类别',
      '新业态类别',
      'digitalcultureclass',
    ],
    evidence: { enterprises: 2 },
  },
  aboveScale: {
    label: localized('规模以上', 'Above scale'),
    kind: 'boolean',
    synonyms: [
      '规上',
      '是否规上',
      '规上企业',
      '规模以上',
      '是否规模以上',
      '规模以上企业',
      'abovescale',
    ],
    evidence: { enterprises: 2, revenue: 1 },
  },
  enterpriseTags: {
    label: localized('企业标签', 'Tags'),
    kind: 'choice-list',
    choices: {
      labels: enterpriseTagLabels,
      synonyms: {
        上市企业: 'listed',
        上市公司: 'listed',
        独角兽企业: 'unicorn',
        专精特新企业: 'specialised-innovative',
        专精特新中小企业: 'specialised-innovative',
        高新技术: 'high-tech',
        高新: 'high-tech',
        国家高新技术企业: 'high-tech',
        文化出口重点企业: 'key-cultural-exporter',
        MCN机构: 'mcn',
        领军: 'leading',
      },
    },
    synonyms: ['企业标签', '标签', '企业类型标签', 'tags', 'tag'],
    evidence: { enterprises: 1 },
  },
  enterpriseStatus: {
    label: localized('经营状态', 'Status'),
    kind: 'choice',
    choices: {
      labels: enterpriseStatusLabels,
      synonyms: {
        存续: 'active',
        开业: 'active',
        在业: 'active',
        正常: 'active',
        已迁出: 'moved-out',
        已注销: 'deregistered',
        已吊销: 'revoked',
      },
    },
    synonyms: ['经营状态', '企业状态', '登记状态', '状态', 'status'],
    evidence: { enterprises: 2 },
  },
  statisticalBasis: {
    label: localized('统计口径', 'Statistical basis'),
    kind: 'choice',
    choices: { labels: statisticalBasisLabels },
    synonyms: ['统计口径', '统计地', '注册地经营地', 'statisticalbasis'],
    evidence: { enterprises: 1 },
  },
  contactName: {
    label: localized('联系人', 'Contact'),
    kind: 'text',
    synonyms: ['联系人', '联系人姓名', '填报人', 'contact', 'contactname'],
    evidence: {},
  },
  contactPhone: {
    label: localized('联系电话', 'Contact phone'),
    kind: 'phone',
    synonyms: [
      '联系电话',
      '电话',
      '手机',
      '手机号',
      '联系方式',
      '联系人电话',
      'phone',
      'tel',
      'telephone',
    ],
    evidence: {},
  },
  address: {
    label: localized('地址', 'Address'),
    kind: 'text',
    synonyms: ['地址', '详细地址', '园区地址', '注册地址', '经营地址', '办公地址', 'address'],
    evidence: { parks: 1 },
  },
  notes: {
    label: localized('备注', 'Notes'),
    kind: 'multiline-text',
    synonyms: ['备注', '说明', '备注说明', 'notes', 'note', 'remarks', 'remark'],
    evidence: {},
  },
  parkName: {
    label: localized('园区名称', 'Park name'),
    kind: 'text',
    synonyms: [
      '园区名称',
      '园区',
      '所在园区',
      '所属园区',
      '入驻园区',
      '园区全称',
      '园区基地名称',
      'park',
      'parkname',
    ],
    evidence: { parks: 2, events: 1, cultivation: 1, milestones: 1, tenancies: 1 },
  },
  parkDistrictCode: {
    label: localized('园区编号', 'Park code'),
    kind: 'text',
    synonyms: ['园区编号', '园区代码', 'parkcode'],
    evidence: { parks: 2 },
  },
  street: {
    label: localized('所属街道（地区）', 'Street'),
    kind: 'street',
    synonyms: [
      '街道',
      '所属街道',
      '所在街道',
      '街乡',
      '街道地区',
      '所属地区',
      '属地街道',
      'street',
      'subdistrict',
    ],
    evidence: { parks: 2 },
  },
  inExperimentalZone: {
    label: localized('位于文创实验区', 'In the experimental zone'),
    kind: 'boolean',
    synonyms: [
      '实验区',
      '是否在实验区',
      '是否位于实验区',
      '文创实验区',
      '是否属于实验区',
      'experimentalzone',
    ],
    evidence: { parks: 2 },
  },
  operatorName: {
    label: localized('运营主体', 'Operator'),
    kind: 'text',
    synonyms: [
      '运营主体',
      '运营单位',
      '运营方',
      '运营企业',
      '运营机构',
      '运营主体名称',
      'operator',
    ],
    evidence: { parks: 2 },
  },
  operatorCreditCode: {
    label: localized('运营主体信用代码', "Operator's credit code"),
    kind: 'credit-code',
    synonyms: [
      '运营主体信用代码',
      '运营主体统一社会信用代码',
      '运营单位统一社会信用代码',
      'operatorcreditcode',
    ],
    evidence: { parks: 2 },
  },
  certificationTier: {
    label: localized('认定级别', 'Certification tier'),
    kind: 'choice',
    choices: certificationTierChoices,
    synonyms: [
      '认定级别',
      '认定等级',
      '园区级别',
      '认定类型',
      '市级园区认定',
      'certificationtier',
      'tier',
    ],
    evidence: { parks: 2 },
  },
  certificationYear: {
    label: localized('认定年份', 'Certification year'),
    kind: 'year',
    synonyms: ['认定年份', '认定年度', '认定时间', 'certificationyear'],
    evidence: { parks: 2 },
  },
  earlierCertifications: {
    label: localized('此前认定', 'Earlier certifications'),
    kind: 'certification-list',
    choices: certificationTierChoices,
    synonyms: ['此前认定', '历次认定', '历年认定', '认定历史', '以往认定', 'earliercertifications'],
    evidence: { parks: 1 },
  },
  themes: {
    label: localized('特色方向', 'Themes'),
    kind: 'text-list',
    synonyms: [
      '特色方向',
      '主导产业',
      '产业方向',
      '园区特色',
      '特色定位',
      '产业定位',
      'themes',
      'theme',
    ],
    evidence: { parks: 2 },
  },
  landAreaSqm: {
    label: localized('占地面积', 'Land area'),
    kind: 'area',
    synonyms: ['占地面积', '用地面积', '土地面积', 'landarea'],
    evidence: { parks: 2 },
  },
  floorAreaSqm: {
    label: localized('建筑面积', 'Floor area'),
    kind: 'area',
    synonyms: ['建筑面积', '总建筑面积', 'floorarea'],
    evidence: { parks: 2 },
  },
  rentableAreaSqm: {
    label: localized('可租赁面积', 'Rentable area'),
    kind: 'area',
    synonyms: ['可租赁面积', '可出租面积', '可租面积', '可经营面积', 'rentablearea'],
    evidence: { parks: 2 },
  },
  cultivationTier: {
    label: localized('培育梯队', 'Cultivation tier'),
    kind: 'choice',
    choices: {
      labels: cultivationTierLabels,
      synonyms: {
        重点: 'key',
        重点培育园区: 'key',
        储备培育: 'reserve',
        储备园区: 'reserve',
        否: 'none',
      },
    },
    synonyms: ['培育梯队', '培育类型', '培育等级', '梯队', 'cultivationtier'],
    evidence: { parks: 1, cultivation: 2 },
  },
  openedOn: {
    label: localized('开园日期', 'Opened on'),
    kind: 'date',
    synonyms: [
      '开园日期',
      '开园时间',
      '开业时间',
      '开业日期',
      '投入运营时间',
      'openedon',
      'opened',
    ],
    evidence: { parks: 2 },
  },
  period: {
    label: localized('统计期', 'Period'),
    kind: 'period',
    synonyms: [
      '统计期',
      '统计期间',
      '报告期',
      '报表期',
      '所属期',
      '期间',
      '年月',
      '统计月份',
      'period',
      'reportingperiod',
    ],
    evidence: { revenue: 2 },
  },
  revenueYuan: {
    label: localized('营业收入', 'Revenue'),
    kind: 'money',
    synonyms: [
      '营业收入',
      '营收',
      '主营业务收入',
      '营业总收入',
      '收入',
      '总收入',
      '营业收入合计',
      'revenue',
      'operatingrevenue',
      'sales',
    ],
    excludes: ['其他'],
    evidence: { revenue: 3 },
    priorYear: 'priorYearRevenueYuan',
    growth: 'yoyGrowthReportedPercent',
  },
  priorYearRevenueYuan: {
    label: localized('上年同期营业收入', 'Revenue, same period last year'),
    kind: 'money',
    synonyms: [],
    evidence: { revenue: 2 },
  },
  yoyGrowthReportedPercent: {
    label: localized('同比增速', 'Year-on-year growth'),
    kind: 'percent',
    synonyms: [],
    evidence: { revenue: 2 },
  },
  profitYuan: {
    label: localized('利润总额', 'Total profit'),
    kind: 'money',
    synonyms: ['利润总额', '利润', '利润合计', 'profit', 'totalprofit'],
    excludes: ['净利润'],
    evidence: { revenue: 2 },
  },
  taxYuan: {
    label: localized('纳税总额', 'Tax paid'),
    kind: 'money',
    synonyms: [
      '纳税总额',
      '纳税',
      '纳税额',
      '税收',
      '税收总额',
      '缴税',
      '实缴税金',
      '实缴税款',
      '税金',
      '应交税费',
      'tax',
      'taxpaid',
    ],
    evidence: { revenue: 2 },
  },
  employeesAtPeriodEnd: {
    label: localized('期末从业人员', 'Employees at period end'),
    kind: 'integer',
    synonyms: [
      '从业人员',
      '期末从业人员',
      '从业人员期末人数',
      '期末从业人数',
      '从业人数',
      '员工人数',
      '职工人数',
      '人数',
      'employees',
      'headcount',
    ],
    excludes: ['平均'],
    evidence: { revenue: 2, enterprises: 1 },
  },
  targetYuan: {
    label: localized('目标营收', 'Revenue target'),
    kind: 'money',
    synonyms: ['目标营收', '营收目标', '目标收入', '收入目标', '目标值', 'target', 'targetrevenue'],
    evidence: { cultivation: 3 },
  },
  targetYear: {
    label: localized('目标年份', 'Target year'),
    kind: 'year',
    synonyms: ['目标年份', '目标年度', '达成年份', '目标年', 'targetyear'],
    evidence: { cultivation: 3 },
  },
  baselineYear: {
    label: localized('基准年份', 'Baseline year'),
    kind: 'year',
    synonyms: ['基准年份', '基准年', '基期', '基期年份', 'baselineyear'],
    evidence: { cultivation: 3 },
  },
  baselineYuan: {
    label: localized('基准营收', 'Baseline revenue'),
    kind: 'money',
    synonyms: ['基准营收', '基期营收', '基准收入', '基数', 'baseline', 'baselinerevenue'],
    evidence: { cultivation: 3 },
  },
  revenueBase: {
    label: localized('营收口径', 'Revenue basis'),
    kind: 'choice',
    choices: {
      labels: revenueBaseLabels,
      synonyms: {
        全部入驻企业: 'all-tenants',
        文化类入驻企业: 'culture-tenants',
        文化企业: 'culture-tenants',
        其他: 'other',
      },
    },
    synonyms: ['营收口径', '收入口径', '口径', 'revenuebase'],
    evidence: { cultivation: 2 },
  },
  milestoneTitle: {
    label: localized('里程碑', 'Milestone'),
    kind: 'text',
    synonyms: [
      '里程碑',
      '里程碑名称',
      '里程碑事项',
      '节点名称',
      '工作节点',
      '重点任务',
      'milestone',
    ],
    evidence: { milestones: 3 },
  },
  milestoneDueOn: {
    label: localized('计划完成日期', 'Due on'),
    kind: 'date',
    synonyms: [
      '计划完成日期',
      '计划完成时间',
      '计划日期',
      '完成时限',
      '截止日期',
      'dueon',
      'duedate',
    ],
    evidence: { milestones: 2 },
  },
  milestoneStatus: {
    label: localized('进展状态', 'Progress'),
    kind: 'choice',
    choices: {
      labels: milestoneStatusLabels,
      synonyms: {
        计划中: 'planned',
        未启动: 'planned',
        推进中: 'in-progress',
        完成: 'done',
        取消: 'dropped',
        终止: 'dropped',
      },
    },
    synonyms: ['进展状态', '完成状态', '里程碑状态', '完成情况', '进展情况', 'progress'],
    evidence: { milestones: 2 },
  },
  milestoneDoneOn: {
    label: localized('完成日期', 'Done on'),
    kind: 'date',
    synonyms: ['完成日期', 'doneon'],
    evidence: { milestones: 1 },
  },
  eventTitle: {
    label: localized('活动名称', 'Event title'),
    kind: 'text',
    synonyms: ['活动名称', '活动主题', '活动', 'event', 'eventtitle'],
    evidence: { events: 3 },
  },
  eventType: {
    label: localized('活动类型', 'Event type'),
    kind: 'choice',
    choices: {
      labels: parkEventTypeLabels,
      synonyms: {
        文化展览: 'exhibition',
        展会: 'exhibition',
        创意市集: 'market',
        集市: 'market',
        音乐展演: 'performance',
        演艺: 'performance',
        文化沙龙: 'salon',
        讲座: 'salon',
        论坛: 'salon',
        沉浸式: 'immersive',
        图书阅读: 'reading',
        读书会: 'reading',
      },
    },
    synonyms: ['活动类型', '活动类别', '活动形式', 'eventtype'],
    evidence: { events: 2 },
  },
  eventDate: {
    label: localized('活动日期', 'Event date'),
    kind: 'date',
    synonyms: ['活动日期', '活动时间', '举办日期', '举办时间', '开展时间', 'eventdate'],
    evidence: { events: 2 },
  },
  visitors: {
    label: localized('参与人次', 'Visitors'),
    kind: 'integer',
    synonyms: [
      '参与人次',
      '参与人数',
      '参加人数',
      '观众人次',
      '参观人次',
      '人次',
      'visitors',
      'attendance',
    ],
    evidence: { events: 2 },
  },
  lender: {
    label: localized('资金方', 'Lender'),
    kind: 'text',
    synonyms: [
      '资金方',
      '贷款银行',
      '合作银行',
      '放款银行',
      '金融机构',
      '融资机构',
      '放款机构',
      '投资机构',
      '投资方',
      'lender',
      'bank',
    ],
    evidence: { financing: 3 },
  },
  financingAmountYuan: {
    label: localized('融资金额', 'Amount'),
    kind: 'money',
    synonyms: [
      '融资金额',
      '贷款金额',
      '授信金额',
      '放款金额',
      '担保金额',
      '融资额',
      '贷款额',
      'amount',
      'loanamount',
    ],
    evidence: { financing: 3 },
  },
  financingDate: {
    label: localized('融资日期', 'Financing date'),
    kind: 'date',
    synonyms: [
      '融资日期',
      '融资时间',
      '放款日期',
      '放款时间',
      '贷款日期',
      '贷款时间',
      'financingdate',
    ],
    evidence: { financing: 2 },
  },
  financingKind: {
    label: localized('融资类型', 'Financing kind'),
    kind: 'choice',
    choices: {
      labels: financingKindLabels,
      synonyms: {
        银行贷款: 'loan',
        信用贷款: 'loan',
        抵押贷款: 'loan',
        融资担保: 'guarantee',
        股权: 'equity',
        股权投资: 'equity',
        债权: 'bond',
        发债: 'bond',
      },
    },
    synonyms: ['融资类型', '融资方式', '融资类别', '贷款类型', '融资形式', 'financingkind'],
    evidence: { financing: 2 },
  },
  building: {
    label: localized('楼栋', 'Building'),
    kind: 'text',
    synonyms: ['楼栋', '楼号', '楼宇', '楼座', '栋号', 'building'],
    evidence: { tenancies: 2 },
  },
  room: {
    label: localized('房间号', 'Room'),
    kind: 'text',
    synonyms: ['房间号', '房间', '房号', '门牌号', '室号', '单元号', 'room'],
    evidence: { tenancies: 2 },
  },
  leasedAreaSqm: {
    label: localized('租赁面积', 'Leased area'),
    kind: 'area',
    synonyms: ['租赁面积', '承租面积', '入驻面积', '租用面积', '使用面积', 'leasedarea'],
    evidence: { tenancies: 2 },
  },
  movedInOn: {
    label: localized('入驻日期', 'Moved in on'),
    kind: 'date',
    synonyms: [
      '入驻日期',
      '入驻时间',
      '入园日期',
      '入园时间',
      '迁入日期',
      '起租日期',
      '租赁开始日期',
      'movedin',
      'movedinon',
    ],
    evidence: { tenancies: 3 },
  },
  leaseEndsOn: {
    label: localized('租赁到期日', 'Lease ends on'),
    kind: 'date',
    synonyms: [
      '租赁到期日',
      '租赁到期日期',
      '租约到期日',
      '合同到期日',
      '到期日期',
      '租赁结束日期',
      'leaseends',
      'leaseendson',
    ],
    evidence: { tenancies: 2 },
  },
  movedOutOn: {
    label: localized('迁出日期', 'Moved out on'),
    kind: 'date',
    synonyms: ['迁出日期', '迁出时间', '退租日期', '离园日期', 'movedout', 'movedouton'],
    evidence: { tenancies: 2 },
  },
};

export const importFields: readonly ImportFieldSpec[] = importFieldIds.map((id) => ({
  id,
  ...fieldTable[id],
}));

const fieldsById = new Map(importFields.map((field) => [field.id, field]));

export function importField(id: ImportFieldId): ImportFieldSpec {
  return fieldsById.get(id) ?? { id, ...fieldTable[id] };
}

/**
 * Words too general to name a field on their own, which do once the sheet's kind is known:
 * 名称 is the enterprise's in an enterprise list and the event's in an event list.
 */
export const entityScopedSynonyms: Readonly<
  Record<ImportEntity, Readonly<Record<string, ImportFieldId>>>
> = {
  parks: {
    名称: 'parkName',
    编号: 'parkDistrictCode',
    级别: 'certificationTier',
    面积: 'floorAreaSqm',
  },
  enterprises: { 名称: 'enterpriseName', 代码: 'creditCode', 类型: 'subcategoryCode' },
  revenue: { 名称: 'enterpriseName', 代码: 'creditCode', 金额: 'revenueYuan' },
  cultivation: { 名称: 'parkName', 年份: 'targetYear' },
  milestones: { 名称: 'milestoneTitle', 状态: 'milestoneStatus', 日期: 'milestoneDueOn' },
  events: {
    名称: 'eventTitle',
    主题: 'eventTitle',
    类型: 'eventType',
    日期: 'eventDate',
    时间: 'eventDate',
  },
  financing: {
    名称: 'enterpriseName',
    金额: 'financingAmountYuan',
    日期: 'financingDate',
    时间: 'financingDate',
    类型: 'financingKind',
    方式: 'financingKind',
  },
  tenancies: { 名称: 'enterpriseName', 面积: 'leasedAreaSqm', 日期: 'movedInOn' },
};
