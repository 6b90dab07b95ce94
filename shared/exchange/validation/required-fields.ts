/**
 * What a row of each kind must give for a record to be made of it. Each group is satisfied by
 * any one of its fields: a revenue row names its enterprise by credit code or by name.
 */
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';

export type RequiredGroup = readonly ImportFieldId[];

const enterpriseIdentity: RequiredGroup = ['creditCode', 'enterpriseName'];

export const requiredFieldGroups: Readonly<Record<ImportEntity, readonly RequiredGroup[]>> = {
  enterprises: [['enterpriseName'], ['creditCode']],
  parks: [['parkName']],
  revenue: [enterpriseIdentity, ['period']],
  tenancies: [enterpriseIdentity, ['parkName']],
  events: [['parkName'], ['eventTitle'], ['eventType'], ['eventDate']],
  financing: [enterpriseIdentity, ['financingAmountYuan'], ['financingDate'], ['financingKind']],
  cultivation: [['parkName'], ['baselineYear'], ['baselineYuan']],
  milestones: [['parkName'], ['milestoneTitle'], ['milestoneDueOn']],
};
