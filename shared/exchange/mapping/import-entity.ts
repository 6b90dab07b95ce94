/**
 * What a sheet holds, one kind of record per sheet: the registry's parks, enterprises, their
 * revenue reports, cultivation plans and their milestones, park events, financing and tenancies.
 */
import { localized, type LocalizedText } from '../../text/localized-text';

export const importEntities = [
  'parks',
  'enterprises',
  'revenue',
  'cultivation',
  'milestones',
  'events',
  'financing',
  'tenancies',
] as const;
export type ImportEntity = (typeof importEntities)[number];

export const importEntityLabels: Readonly<Record<ImportEntity, LocalizedText>> = {
  parks: localized('园区', 'Parks'),
  enterprises: localized('企业', 'Enterprises'),
  revenue: localized('营收报表', 'Revenue reports'),
  cultivation: localized('培育计划', 'Cultivation plans'),
  milestones: localized('培育里程碑', 'Cultivation milestones'),
  events: localized('园区活动', 'Park events'),
  financing: localized('文化金融', 'Financing'),
  tenancies: localized('入驻情况', 'Tenancies'),
};
