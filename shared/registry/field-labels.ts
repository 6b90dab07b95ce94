/**
 * Every content field of every stored record, named as people call it: what the change history
 * shows beside "old → new". The types make a new model field fail to compile until it is named.
 */
import type { CultivationPlan } from '../cultivation/cultivation-plan';
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import type { Park } from '../parks/park';
import type { RecordContent } from '../records/record-meta';
import { reportFigureLabels } from '../reports/report-figure-labels';
import type { RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';
import type { LocalizedText } from '../text/localized-text';
import type { ContentTable } from './registry-tables';

type LabelsOf<T> = { readonly [K in keyof T]-?: LocalizedText };

const parkFieldLabels: LabelsOf<RecordContent<Park>> = {
  districtCode: { zh: '园区编号', en: 'District code' },
  name: { zh: '园区名称', en: 'Park name' },
  aliases: { zh: '别名', en: 'Other names' },
  streetCode: { zh: '所在街道/地区', en: 'Street' },
  inExperimentalZone: { zh: '国家文创实验区内', en: 'In the experimental zone' },
  address: { zh: '地址', en: 'Address' },
  operatorName: { zh: '运营主体', en: 'Operator' },
  operatorCreditCode: { zh: '运营主体信用代码', en: "Operator's credit code" },
  certifications: { zh: '认定情况', en: 'Certifications' },
  themes: { zh: '特色方向', en: 'Themes' },
  landAreaSqm: { zh: '占地面积', en: 'Land area' },
  floorAreaSqm: { zh: '建筑面积', en: 'Floor area' },
  rentableAreaSqm: { zh: '可出租面积', en: 'Rentable area' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  cultivationTier: { zh: '培育梯队', en: 'Cultivation tier' },
  openedOn: { zh: '开园日期', en: 'Opened on' },
  notes: { zh: '备注', en: 'Notes' },
};

const enterpriseFieldLabels: LabelsOf<RecordContent<Enterprise>> = {
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  name: { zh: '企业名称', en: 'Enterprise name' },
  formerNames: { zh: '曾用名', en: 'Former names' },
  foundedOn: { zh: '成立日期', en: 'Founded on' },
  registeredCapitalYuan: { zh: '注册资本', en: 'Registered capital' },
  subcategoryCode: { zh: '行业中类', en: 'Industry (中类)' },
  digitalCulture: { zh: '数字文化', en: 'Digital culture' },
  digitalCultureClassId: { zh: '数字文化小类', en: 'Digital-culture class' },
  aboveScaleByYear: { zh: '规上', en: 'Above designated size' },
  tags: { zh: '企业标签', en: 'Tags' },
  statisticalBasis: { zh: '统计口径', en: 'Counted where' },
  status: { zh: '经营状态', en: 'Status' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  notes: { zh: '备注', en: 'Notes' },
};

const tenancyFieldLabels: LabelsOf<RecordContent<Tenancy>> = {
  enterpriseId: { zh: '企业', en: 'Enterprise' },
  parkId: { zh: '园区', en: 'Park' },
  building: { zh: '楼栋', en: 'Building' },
  room: { zh: '房间', en: 'Room' },
  leasedAreaSqm: { zh: '租赁面积', en: 'Leased area' },
  movedInOn: { zh: '入驻日期', en: 'Moved in on' },
  leaseEndsOn: { zh: '租约到期日', en: 'Lease ends on' },
  movedOutOn: { zh: '迁出日期', en: 'Moved out on' },
};

const reportFieldLabels: LabelsOf<RecordContent<RevenueReport>> = {
  ...reportFigureLabels,
  enterpriseId: { zh: '企业', en: 'Enterprise' },
  period: { zh: '报告期', en: 'Period' },
};

const planFieldLabels: LabelsOf<RecordContent<CultivationPlan>> = {
  parkId: { zh: '园区', en: 'Park' },
  targetYuan: { zh: '目标年营业收入', en: 'Target annual revenue' },
  targetYear: { zh: '目标年份', en: 'Target year' },
  baselineYear: { zh: '基准年份', en: 'Baseline year' },
  baselineYuan: { zh: '基准年营业收入', en: 'Baseline revenue' },
  revenueBase: { zh: '营收口径', en: 'Revenue basis' },
  revenueBaseNote: { zh: '口径说明', en: 'Note on the basis' },
  milestones: { zh: '里程碑', en: 'Milestones' },
};

const eventFieldLabels: LabelsOf<RecordContent<ParkEvent>> = {
  parkId: { zh: '园区', en: 'Park' },
  title: { zh: '活动名称', en: 'Title' },
  type: { zh: '活动类型', en: 'Type' },
  date: { zh: '日期', en: 'Date' },
  visitors: { zh: '参与人次', en: 'Visitors' },
};

const financingFieldLabels: LabelsOf<RecordContent<Financing>> = {
  enterpriseId: { zh: '企业', en: 'Enterprise' },
  lender: { zh: '资金方', en: 'Lender' },
  amountYuan: { zh: '金额', en: 'Amount' },
  date: { zh: '日期', en: 'Date' },
  kind: { zh: '融资方式', en: 'Kind' },
};

const fieldLabels: Readonly<Record<ContentTable, Readonly<Record<string, LocalizedText>>>> = {
  parks: parkFieldLabels,
  enterprises: enterpriseFieldLabels,
  tenancies: tenancyFieldLabels,
  // A report year's changes are read month by month, as reports (see history/record-history).
  reportYears: reportFieldLabels,
  cultivationPlans: planFieldLabels,
  parkEvents: eventFieldLabels,
  financings: financingFieldLabels,
};

/** The name of a record field; an unknown field (from a newer version) shows as itself. */
export function fieldLabel(table: ContentTable, field: string): LocalizedText {
  return fieldLabels[table][field] ?? { zh: field, en: field };
}
