/**
 * How indicators read an enterprise's 行业. An enterprise is a culture enterprise when its 行业
 * is a 中类 of the 2018 分类; one without is counted as not culture, since the registry cannot
 * tell "not culture" from "not yet known".
 */
import type { Enterprise } from '../enterprises/enterprise';

export function isCultureEnterprise(enterprise: Pick<Enterprise, 'subcategoryCode'>): boolean {
  return enterprise.subcategoryCode !== undefined;
}
