/**
 * How indicators read an enterprise's 行业. An enterprise is a culture enterprise when its 行业
 * is a 中类 of the 2018 分类; one without (or with a code the classification does not have) is
 * counted as not culture, since the registry cannot tell "not culture" from "not yet known".
 */
import type { Enterprise } from '../enterprises/enterprise';
import {
  isCultureSubcategoryCode,
  type CultureSubcategoryCode,
} from '../reference/culture-classification';

export function cultureSubcategoryOf(
  enterprise: Pick<Enterprise, 'subcategoryCode'>,
): CultureSubcategoryCode | undefined {
  const code = enterprise.subcategoryCode;
  return code !== undefined && isCultureSubcategoryCode(code) ? code : undefined;
}

export function isCultureEnterprise(enterprise: Pick<Enterprise, 'subcategoryCode'>): boolean {
  return cultureSubcategoryOf(enterprise) !== undefined;
}
