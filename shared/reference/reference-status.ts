import type { LocalizedText } from '../text/localized-text';

/**
 * How sure we are of a reference fact (see ../shared/reference/README.md): read in a public
 * source, or recalled and consistent with confirmed counts but not yet matched to the official
 * text. The UI says so wherever it shows a recalled fact.
 */
export type ReferenceStatus = 'confirmed' | 'recalled-unverified';

/** A parent link can also be simply unknown. */
export type ReferenceLinkStatus = ReferenceStatus | 'unknown';

export const referenceStatusLabels: Readonly<Record<ReferenceLinkStatus, LocalizedText>> = {
  confirmed: { zh: '已核实', en: 'Confirmed' },
  'recalled-unverified': {
    zh: '待核实（尚未与官方文本逐条核对）',
    en: 'Unverified (not yet checked against the official text)',
  },
  unknown: { zh: '未知', en: 'Unknown' },
};
