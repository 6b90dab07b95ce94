import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text';
import { isCultureSubcategoryCode } from '../reference/culture-classification';
import { isDigitalCultureClassId } from '../reference/digital-culture';
import { isValidCreditCode } from './credit-code';
import { isoDateSchema, optionalText, recordMetaSchema, yuanSchema } from '../records/record-meta';

export const enterpriseStatuses = ['active', 'moved-out', 'deregistered', 'revoked'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];

export const enterpriseStatusLabels: Readonly<Record<EnterpriseStatus, LocalizedText>> = {
  active: { zh: '在营', en: 'Active' },
  'moved-out': { zh: '迁出', en: 'Moved out' },
  deregistered: { zh: '注销', en: 'Deregistered' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
};

export const enterpriseTags = [
  'listed',
  'unicorn',
  'specialised-innovative',
  'high-tech',
  'key-cultural-exporter',
  'mcn',
  'leading',
] as const;
export type EnterpriseTag = (typeof enterpriseTags)[number];

export const enterpriseTagLabels: Readonly<Record<EnterpriseTag, LocalizedText>> = {
  listed: { zh: '上市', en: 'Listed' },
  unicorn: { zh: '独角兽', en: 'Unicorn' },
  'specialised-innovative': { zh: '专精特新', en: 'Specialised & innovative' },
  'high-tech': { zh: '高新技术企业', en: 'High-tech enterprise' },
  'key-cultural-exporter': { zh: '国家文化出口重点企业', en: 'Key national cultural exporter' },
  mcn: { zh: 'MCN', en: 'MCN' },
  leading: { zh: '领军企业', en: 'Leading enterprise' },
};

/** Where an enterprise is counted: where it is registered or where it operates. */
export const statisticalBases = ['registered', 'operating'] as const;
export type StatisticalBasis = (typeof statisticalBases)[number];

export const statisticalBasisLabels: Readonly<Record<StatisticalBasis, LocalizedText>> = {
  registered: { zh: '注册地', en: 'Where registered' },
  operating: { zh: '经营地', en: 'Where operating' },
};

export const enterpriseSchema = recordMetaSchema.extend({
  /**
   * 统一社会信用代码, normalised; the enterprise's identity. A pre-2015 15-digit 注册号 is
   * accepted and flagged as legacy by the credit-code validator.
   */
  creditCode: z
    .string()
    .refine(
      isValidCreditCode,
      '统一社会信用代码无效（校验未通过）/ invalid unified social credit code',
    ),
  name: z.string().trim().min(1, '企业名称不能为空 / enterprise name is required').max(200),
  formerNames: z.array(z.string().trim().min(1).max(200)).default([]),
  foundedOn: isoDateSchema.optional(),
  registeredCapitalYuan: yuanSchema.optional(),
  /**
   * 行业: a 中类 code of 文化及相关产业分类(2018). The 大类 and 核心/相关 are derived from it,
   * never stored.
   */
  subcategoryCode: z
    .string()
    .refine(
      isCultureSubcategoryCode,
      '行业应为2018分类的三位中类代码，如 031 / not a 中类 code of the 2018 classification',
    )
    .optional(),
  /** Counted in 数字文化 (文化新业态). */
  digitalCulture: z.boolean().default(false),
  /** Which of the 16 数字文化 小类, when known. */
  digitalCultureClassId: z
    .number()
    .refine(isDigitalCultureClassId, '数字文化小类应为 1–16 / digital-culture class must be 1–16')
    .optional(),
  /** 规上 status per year as the statistics office set it ("2024": true). */
  aboveScaleByYear: z.record(z.string().regex(/^\d{4}$/), z.boolean()).default({}),
  tags: z.array(z.enum(enterpriseTags)).default([]),
  statisticalBasis: z.enum(statisticalBases).default('registered'),
  status: z.enum(enterpriseStatuses).default('active'),
  contactName: optionalText,
  contactPhone: z.string().trim().max(40).optional(),
  notes: z.string().max(2000).optional(),
});

export type Enterprise = z.infer<typeof enterpriseSchema>;

/** The 规上 status for a year, as set by the statistics office; undefined when not recorded. */
export function isAboveScaleIn(
  enterprise: Pick<Enterprise, 'aboveScaleByYear'>,
  year: number,
): boolean | undefined {
  return enterprise.aboveScaleByYear[String(year)];
}
