/**
 * A stored record named for people: what an undo refusal or a backup report points at.
 */
import type { ReportYear } from '../reports/report-storage';
import type { LocalizedText } from '../text/localized-text';
import type { ContentTable, StoredRecord, StoredRecords } from './registry-tables';

type Describers = {
  [T in ContentTable]: (record: StoredRecords[T]) => LocalizedText;
};

const describers: Describers = {
  parks: (park) => ({ zh: `园区「${park.name}」`, en: `park "${park.name}"` }),
  enterprises: (enterprise) => ({
    zh: `企业「${enterprise.name}」（${enterprise.creditCode}）`,
    en: `enterprise "${enterprise.name}" (${enterprise.creditCode})`,
  }),
  tenancies: (tenancy) => ({
    zh: `入驻记录 ${tenancy.id}（企业 ${tenancy.enterpriseId}，园区 ${tenancy.parkId}）`,
    en: `tenancy ${tenancy.id} (enterprise ${tenancy.enterpriseId}, park ${tenancy.parkId})`,
  }),
  reportYears: (year: ReportYear) => ({
    zh: `企业 ${year.enterpriseId} 的 ${year.year} 年报表`,
    en: `the ${year.year} reports of enterprise ${year.enterpriseId}`,
  }),
  cultivationPlans: (plan) => ({
    zh: `园区 ${plan.parkId} 的培育计划`,
    en: `the cultivation plan of park ${plan.parkId}`,
  }),
  parkEvents: (event) => ({ zh: `活动「${event.title}」`, en: `event "${event.title}"` }),
  financings: (financing) => ({
    zh: `融资（${financing.lender}，${financing.date}）`,
    en: `financing (${financing.lender}, ${financing.date})`,
  }),
};

export function describeRecord(table: ContentTable, record: StoredRecord): LocalizedText {
  return (describers[table] as (record: StoredRecord) => LocalizedText)(record);
}
