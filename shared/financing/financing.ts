import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text';
import { isoDateSchema, recordMetaSchema, yuanSchema } from '../records/record-meta';

export const financingKinds = ['loan', 'guarantee', 'equity', 'bond', 'other'] as const;
export type FinancingKind = (typeof financingKinds)[number];

export const financingKindLabels: Readonly<Record<FinancingKind, LocalizedText>> = {
  loan: { zh: '贷款', en: 'Loan' },
  guarantee: { zh: '担保', en: 'Guarantee' },
  equity: { zh: '股权融资', en: 'Equity' },
  bond: { zh: '债券', en: 'Bond' },
  other: { zh: '其他', en: 'Other' },
};

/** One 文化金融 financing an enterprise received (the district reports count and amount). */
export const financingSchema = recordMetaSchema.extend({
  enterpriseId: z.string().min(1),
  lender: z.string().trim().min(1, '资金方不能为空 / lender is required').max(200),
  amountYuan: yuanSchema.refine((v) => v > 0, '金额须大于0 / amount must be positive'),
  date: isoDateSchema,
  kind: z.enum(financingKinds).default('loan'),
});

export type Financing = z.infer<typeof financingSchema>;
