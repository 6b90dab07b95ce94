import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text';
import { isStreetCode } from '../reference/chaoyang-streets';
import {
  isoDateSchema,
  nonNegativeSchema,
  optionalText,
  recordMetaSchema,
} from '../records/record-meta';

/** Municipal certification tiers (2018 认定办法; tiers since 2020), plus district level and none. */
export const certificationTiers = [
  'municipal-demonstration',
  'municipal-demonstration-nominated',
  'municipal',
  'district',
  'none',
] as const;
export type CertificationTier = (typeof certificationTiers)[number];

export const certificationTierLabels: Readonly<Record<CertificationTier, LocalizedText>> = {
  'municipal-demonstration': { zh: '市级文化产业示范园区', en: 'Municipal demonstration park' },
  'municipal-demonstration-nominated': {
    zh: '示范园区(提名)',
    en: 'Municipal demonstration park (nominated)',
  },
  municipal: { zh: '市级文化产业园区', en: 'Municipal culture-industry park' },
  district: { zh: '区级', en: 'District level' },
  none: { zh: '未认定', en: 'Not certified' },
};

export const cultivationTiers = ['key', 'reserve', 'none'] as const;
export type CultivationTier = (typeof cultivationTiers)[number];

export const cultivationTierLabels: Readonly<Record<CultivationTier, LocalizedText>> = {
  key: { zh: '重点培育', en: 'Key cultivation' },
  reserve: { zh: '储备', en: 'Reserve' },
  none: { zh: '无', en: 'None' },
};

/** 特色方向 seen in the district's parks; parks may carry others too. */
export const parkThemeSuggestions = [
  '影视',
  '网游电竞',
  '数字广告',
  '设计',
  '艺术',
  '传媒出版',
  '音乐演艺',
  'AIGC视听',
  '时尚',
  '文化科技',
] as const;

export const certificationSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  tier: z.enum(certificationTiers),
  /** Where the fact was read, when known. */
  source: optionalText,
});
export type Certification = z.infer<typeof certificationSchema>;

export const parkSchema = recordMetaSchema.extend({
  /** 园区编号, the district's code where it assigned one. */
  districtCode: z.string().trim().max(32).optional(),
  name: z.string().trim().min(1, '园区名称不能为空 / park name is required').max(100),
  aliases: z.array(z.string().trim().min(1).max(100)).default([]),
  /** 9-digit statistical code of one of Chaoyang's 43 街道/地区. */
  streetCode: z
    .string()
    .refine(
      isStreetCode,
      "不是朝阳区43个街道/地区之一的代码 / not one of Chaoyang's 43 street codes",
    )
    .optional(),
  /** Inside the 国家文创实验区 core area: the dashboard's 实验区 scope. */
  inExperimentalZone: z.boolean().default(false),
  address: optionalText,
  operatorName: optionalText,
  operatorCreditCode: z.string().trim().max(18).optional(),
  certifications: z.array(certificationSchema).default([]),
  themes: z.array(z.string().trim().min(1).max(30)).default([]),
  landAreaSqm: nonNegativeSchema.optional(),
  floorAreaSqm: nonNegativeSchema.optional(),
  rentableAreaSqm: nonNegativeSchema.optional(),
  contactName: optionalText,
  contactPhone: z.string().trim().max(40).optional(),
  cultivationTier: z.enum(cultivationTiers).default('none'),
  openedOn: isoDateSchema.optional(),
  notes: z.string().max(2000).optional(),
});

export type Park = z.infer<typeof parkSchema>;

/** The certification in force in a year: the latest one awarded in or before it. */
export function certificationInYear(
  park: Pick<Park, 'certifications'>,
  year: number,
): CertificationTier {
  let best: Certification | undefined;
  for (const certification of park.certifications) {
    if (certification.year <= year && (best === undefined || certification.year >= best.year)) {
      best = certification;
    }
  }
  return best?.tier ?? 'none';
}

/** Municipal tiers are the ones the district counts as 市级园区. */
export function isMunicipalTier(tier: CertificationTier): boolean {
  return (
    tier === 'municipal-demonstration' ||
    tier === 'municipal-demonstration-nominated' ||
    tier === 'municipal'
  );
}
