/**
 * 文化金融 for the demo: the published 3072 firms financed and 339.65亿元 (scaled), one
 * financing each, dated from 2019 (the figure is cumulative) and never before the firm was
 * founded. The amounts add up to the published total to the 万元.
 */
import { makeIsoDate } from '../dates/iso-date';
import type { Financing, FinancingKind } from '../financing/financing';
import { apportion } from './apportion';
import { demoRecord, sequenceLabel } from './demo-meta';
import { lenderName } from './demo-names';
import type { EnterpriseProfile } from './enterprise-profiles';
import { districtScale, financingToDate } from './published-figures';
import type { Random } from './random';

const kinds: readonly FinancingKind[] = ['loan', 'guarantee', 'equity', 'bond', 'other'];
const kindWeights = [80, 9, 7, 2, 2];
const wanYuan = 10_000;

export function generateFinancings(
  random: Random,
  profiles: readonly EnterpriseProfile[],
  enterpriseIds: readonly string[],
): Financing[] {
  const scale = profiles.length / districtScale.enterprises;
  // Firms still in the district that existed before the last half of 2024.
  const candidates = profiles.filter(
    (profile) => profile.movedOutOn === undefined && profile.foundedOn < '2024-07-01',
  );
  const count = Math.min(candidates.length, Math.round(financingToDate.firms * scale));
  if (count === 0) return [];
  const chosen = random.sample(candidates, count).sort((a, b) => a.index - b.index);
  const amountsWan = apportion(
    chosen.map((profile) => Math.exp(1.2 * random.normal()) * (profile.aboveScale[2024] ? 4 : 1)),
    Math.round((financingToDate.amountYuan * scale) / wanYuan),
  );
  return chosen.map((profile, index) => {
    const kind = kinds[random.weightedIndex(kindWeights)] ?? 'loan';
    const earliestYear = Math.max(2019, Number(profile.foundedOn.slice(0, 4)));
    let date = makeIsoDate(random.int(earliestYear, 2024), random.int(1, 12), random.int(1, 28));
    if (date < profile.foundedOn) date = profile.foundedOn;
    return demoRecord(`fin-${sequenceLabel(index, count)}`, {
      enterpriseId: enterpriseIds[profile.index] ?? '',
      lender: lenderName(random, kind),
      // A firm's share of the total can round to nothing at small scale; 1万元 is the least.
      amountYuan: Math.max(1, amountsWan[index] ?? 0) * wanYuan,
      date,
      kind,
    });
  });
}
