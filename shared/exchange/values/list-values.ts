/**
 * Lists of coded values typed in one cell, as a person keeps them in Excel: an enterprise's
 * tags (上市、专精特新) and a park's earlier certifications (2018年市级文化产业园区、2020年区级).
 * Each item is read as its single-value cell would be, and the list keeps the items' ids —
 * a certification as "2018:municipal" — so a list compares and hashes as plain text.
 */
import type { Certification, CertificationTier } from '../../parks/park';
import { certificationTierLabels } from '../../parks/park';
import { toLookupKey } from '../../text/half-width';
import type { ChoiceSet } from '../mapping/import-fields';
import { shown, readCellInput, type MaybeCell } from './cell-input';
import { normaliseChoice } from './coded-values';
import { listItems } from './text-values';
import { accepted, rejected, type Normalised } from './value-problem';

/** The items of a list cell, or null for a blank; a number is one item. */
function itemsOf(cell: MaybeCell): Normalised<readonly string[] | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  if (input.kind === 'boolean') return accepted([shown(input)]);
  return accepted(listItems(input.kind === 'number' ? String(input.number) : input.text));
}

/** Every item one of the options, by id, label or synonym; the ids in the order typed, each once. */
export function normaliseChoiceList(
  cell: MaybeCell,
  choices: ChoiceSet,
): Normalised<readonly string[] | null> {
  const items = itemsOf(cell);
  if (!items.ok || items.value === null) return items;
  const ids: string[] = [];
  for (const item of items.value) {
    const id = normaliseChoice({ value: item }, choices);
    if (!id.ok) return id;
    if (id.value !== null && !ids.includes(id.value)) ids.push(id.value);
  }
  return accepted(ids.length === 0 ? null : ids);
}

/** A certification as a list item: its year and tier id. */
export function certificationItem(certification: Pick<Certification, 'year' | 'tier'>): string {
  return `${String(certification.year)}:${certification.tier}`;
}

function isCertificationTier(id: string): id is CertificationTier {
  return id in certificationTierLabels;
}

/** A list item back to its certification; undefined for text that is not one. */
export function certificationOfItem(
  item: string,
): Pick<Certification, 'year' | 'tier'> | undefined {
  const [year = '', tier = ''] = item.split(':');
  return /^\d{4}$/.test(year) && isCertificationTier(tier)
    ? { year: Number(year), tier }
    : undefined;
}

/** "2018年 市级文化产业园区": a certification as the cell shows it, read back by the import. */
export function certificationText(item: string): string {
  const certification = certificationOfItem(item);
  if (certification === undefined) return item;
  return `${String(certification.year)}年 ${certificationTierLabels[certification.tier].zh}`;
}

/** "2018年市级文化产业园区", "2018 区级", "市级文化产业园区（2018年）". */
const yearFirst = /^(\d{4})年?[:：\-—]?(.+)$/;
const yearLast = /^(.+?)[(（]?(\d{4})年?[)）]?$/;

/** The earlier certifications of a park, each a year and a tier. */
export function normaliseCertificationList(
  cell: MaybeCell,
  choices: ChoiceSet,
): Normalised<readonly string[] | null> {
  const items = itemsOf(cell);
  if (!items.ok || items.value === null) return items;
  const certifications: string[] = [];
  for (const item of items.value) {
    const key = toLookupKey(item);
    const first = yearFirst.exec(key);
    const last = first === null ? yearLast.exec(key) : null;
    const year = first?.[1] ?? last?.[2];
    const tierText = first?.[2] ?? last?.[1];
    if (year === undefined || tierText === undefined) {
      return rejected(
        'unknown-choice',
        `“${item}”不是一次认定：请写作 年份+认定级别，如 2018年 市级文化产业园区，多次用“、”分隔`,
        `"${item}" is not a certification: write its year and tier, such as 2018年 市级文化产业园区, several separated by 、`,
      );
    }
    const tier = normaliseChoice({ value: tierText }, choices);
    if (!tier.ok) return tier;
    if (tier.value === null || !isCertificationTier(tier.value)) continue;
    const text = certificationItem({ year: Number(year), tier: tier.value });
    if (!certifications.includes(text)) certifications.push(text);
  }
  return accepted(certifications.length === 0 ? null : certifications);
}
