/**
 * The plan editor's form: what the fields hold as typed (text, amounts in 亿元) and how they
 * become a plan the model's schema accepts, with each problem attached to the field it is about
 * so the editor can show it there.
 */
import type { z } from 'zod';
import {
  cultivationPlanSchema,
  defaultTargetYear,
  type CultivationPlan,
  type milestoneSchema,
  type MilestoneStatus,
  type RevenueBase,
} from '../../shared/cultivation/cultivation-plan';
import type { IsoDate } from '../../shared/dates/iso-date';
import { fromYuan, tenBillionYuan, toYuan } from '../../shared/money/money';
import type { RecordMeta } from '../../shared/records/record-meta';
import { hasSameContent } from '../../shared/records/record-revision';
import { toHalfWidth } from '../../shared/text/half-width';
import type { LocalizedText } from '../../shared/text/localized-text';
import { cultivationMessages } from './messages';

export interface MilestoneFields {
  readonly id: string;
  readonly title: string;
  readonly dueOn: string;
  readonly status: MilestoneStatus;
  readonly doneOn?: string;
}

export interface PlanFields {
  readonly parkId: string;
  readonly targetYi: string;
  readonly targetYear: string;
  readonly baselineYear: string;
  readonly baselineYi: string;
  readonly revenueBase: RevenueBase;
  readonly revenueBaseNote: string;
  readonly milestones: readonly MilestoneFields[];
}

/** Field paths as the editor names its inputs: "targetYi", "milestones.2.title". */
export type FieldErrors = Readonly<Record<string, LocalizedText>>;

/** A plan as the editor hands it to the repository: content, and the id of a plan edited. */
export type PlanDraft = Omit<CultivationPlan, keyof RecordMeta> &
  Partial<Pick<CultivationPlan, 'id' | 'demo'>>;

export type PlanFormResult =
  | { readonly ok: true; readonly draft: PlanDraft }
  | { readonly ok: false; readonly errors: FieldErrors };

function yiText(yuan: number): string {
  // Plain digits, no separators: the text is edited, then read back by toYuan.
  return String(Math.round(fromYuan(yuan, 'yi-yuan') * 100) / 100);
}

/** The form as it opens: an existing plan's values, or a new plan's defaults for a park. */
export function planFields(plan: CultivationPlan | undefined, parkId = ''): PlanFields {
  if (plan === undefined) {
    return {
      parkId,
      targetYi: yiText(tenBillionYuan),
      targetYear: String(defaultTargetYear),
      baselineYear: '',
      baselineYi: '',
      revenueBase: 'all-tenants',
      revenueBaseNote: '',
      milestones: [],
    };
  }
  return {
    parkId: plan.parkId,
    targetYi: yiText(plan.targetYuan),
    targetYear: String(plan.targetYear),
    baselineYear: String(plan.baselineYear),
    baselineYi: yiText(plan.baselineYuan),
    revenueBase: plan.revenueBase,
    revenueBaseNote: plan.revenueBaseNote ?? '',
    milestones: plan.milestones.map((milestone) => ({ ...milestone })),
  };
}

function messageText(pick: (messages: typeof cultivationMessages.zhCN.form) => string) {
  return {
    zh: pick(cultivationMessages.zhCN.form),
    en: pick(cultivationMessages.en.form as typeof cultivationMessages.zhCN.form),
  };
}

function fill(text: LocalizedText, values: Readonly<Record<string, string | number>>) {
  const apply = (template: string) =>
    template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(values[key] ?? whole));
  return { zh: apply(text.zh), en: apply(text.en) };
}

/** The model's messages are "中文 / English"; zod's own are English only and get ours. */
function issueText(issue: z.core.$ZodIssue): LocalizedText {
  const [zh, en] = issue.message.split(' / ');
  if (zh !== undefined && en !== undefined) return { zh, en };
  if (issue.code === 'too_small') {
    return fill(
      messageText((m) => m.tooSmall),
      { min: Number(issue.minimum) },
    );
  }
  if (issue.code === 'too_big') {
    return fill(
      messageText((m) => m.tooBig),
      { max: Number(issue.maximum) },
    );
  }
  return messageText((m) => m.invalid);
}

/** The editor's name for the field a schema path points at. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === 'targetYuan') return 'targetYi';
  if (head === 'baselineYuan') return 'baselineYi';
  return [head ?? '', ...rest].join('.');
}

function parseYi(text: string): number | null {
  const plain = toHalfWidth(text).replace(/[,\s]/g, '');
  return plain === '' ? null : toYuan(plain, 'yi-yuan');
}

function parseYear(text: string): number | null {
  const plain = toHalfWidth(text).trim();
  return /^\d{4}$/.test(plain) ? Number(plain) : null;
}

/** A milestone as typed, before the schema checks its dates. */
type MilestoneInput = z.input<typeof milestoneSchema>;

function milestoneOf(fields: MilestoneFields, today: IsoDate): MilestoneInput {
  const milestone: MilestoneInput = {
    id: fields.id,
    title: fields.title,
    dueOn: fields.dueOn,
    status: fields.status,
  };
  // A milestone set to done without a date was done today; one reopened loses its date.
  if (fields.status === 'done') return { ...milestone, doneOn: fields.doneOn ?? today };
  return milestone;
}

/** A stand-in for the bookkeeping a draft lacks, so the stored schema can check the rest. */
const placeholderMeta = { id: 'draft', version: 1, updatedAt: '2000-01-01T00:00:00.000Z' };

/**
 * Reads the form. Amounts that are not numbers, years that are not years, a missing park and
 * an "other" basis without its note are the form's own problems; everything else is the
 * model's schema speaking, attached to its field.
 */
export function readPlanFields(
  fields: PlanFields,
  today: IsoDate,
  original?: CultivationPlan,
): PlanFormResult {
  const errors: Record<string, LocalizedText> = {};
  const targetYuan = parseYi(fields.targetYi);
  const baselineYuan = parseYi(fields.baselineYi);
  const targetYear = parseYear(fields.targetYear);
  const baselineYear = parseYear(fields.baselineYear);
  if (fields.parkId === '') errors.parkId = messageText((m) => m.parkRequired);
  if (targetYuan === null) errors.targetYi = messageText((m) => m.notANumber);
  if (baselineYuan === null) errors.baselineYi = messageText((m) => m.notANumber);
  if (targetYear === null) errors.targetYear = messageText((m) => m.notAYear);
  if (baselineYear === null) errors.baselineYear = messageText((m) => m.notAYear);
  const note = fields.revenueBaseNote.trim();
  if (fields.revenueBase === 'other' && note === '') {
    errors.revenueBaseNote = messageText((m) => m.noteRequired);
  }

  const candidate = {
    ...placeholderMeta,
    parkId: fields.parkId,
    // Unreadable numbers are already reported; stand-ins keep the schema checking the rest.
    targetYuan: targetYuan ?? tenBillionYuan,
    targetYear: targetYear ?? (baselineYear ?? defaultTargetYear - 1) + 1,
    baselineYear: baselineYear ?? (targetYear ?? defaultTargetYear + 1) - 1,
    baselineYuan: baselineYuan ?? 0,
    revenueBase: fields.revenueBase,
    ...(note === '' ? {} : { revenueBaseNote: note }),
    milestones: fields.milestones.map((milestone) => milestoneOf(milestone, today)),
  };
  const parsed = cultivationPlanSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      errors[field] ??= issueText(issue);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };

  const plan = parsed.data;
  return {
    ok: true,
    draft: {
      parkId: plan.parkId,
      targetYuan: plan.targetYuan,
      targetYear: plan.targetYear,
      baselineYear: plan.baselineYear,
      baselineYuan: plan.baselineYuan,
      revenueBase: plan.revenueBase,
      ...(plan.revenueBaseNote === undefined ? {} : { revenueBaseNote: plan.revenueBaseNote }),
      milestones: plan.milestones,
      ...(original === undefined ? {} : { id: original.id }),
      ...(original?.demo === undefined ? {} : { demo: original.demo }),
    },
  };
}

/** Whether saving a draft of an existing plan would change nothing in it. */
export function changesNothing(original: CultivationPlan, draft: PlanDraft): boolean {
  const { id, version, updatedAt } = original;
  return hasSameContent(original, { ...draft, id, version, updatedAt });
}
