/**
 * Values chosen from a list: yes/no, a 文化产业 中类 by code or name, a 街道 by code or name,
 * and the options of a choice field (经营状态, 活动类型…) by label, English label or synonym.
 */
import {
  findSubcategory,
  isCultureCategoryCode,
  type CultureSubcategoryCode,
} from '../../reference/culture-classification';
import { findStreet, type StreetCode } from '../../reference/chaoyang-streets';
import {
  findDigitalCultureClass,
  type DigitalCultureClassId,
} from '../../reference/digital-culture';
import { toLookupKey } from '../../text/half-width';
import type { ChoiceSet } from '../mapping/import-fields';
import { readCellInput, shown, type CellInput, type MaybeCell } from './cell-input';
import { accepted, rejected, type Normalised } from './value-problem';

const yes = new Set(['是', 'y', 'yes', 'true', 't', '√', '✓', '✔', '1', '对', '有']);
const no = new Set(['否', 'n', 'no', 'false', 'f', '×', '✗', '✘', '0', '不是', '非']);

export function normaliseBoolean(cell: MaybeCell): Normalised<boolean | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  switch (input.kind) {
    case 'blank':
      return accepted(null);
    case 'boolean':
      return accepted(input.boolean);
    case 'number':
    case 'text': {
      const key = toLookupKey(
        input.kind === 'number' ? String(input.number) : input.text,
      ).toLowerCase();
      if (yes.has(key)) return accepted(true);
      if (no.has(key)) return accepted(false);
      return rejected(
        'not-a-boolean',
        `${shown(input)} 不是“是/否”：请填写 是 或 否（也可用 Y/N、√/×、1/0）`,
        `${shown(input)} is not yes/no: enter 是 or 否 (or Y/N, √/×, 1/0)`,
      );
    }
  }
}

function unknownCategory(input: CellInput): Normalised<CultureSubcategoryCode | null> {
  return rejected(
    'unknown-category',
    `${shown(input)} 不是文化及相关产业分类(2018)的中类：请填写三位中类代码或名称，如 031 或 广告服务`,
    `${shown(input)} is not a subcategory of the 2018 culture classification: enter its three-digit code or name, such as 031 or 广告服务`,
  );
}

/** "031 广告服务", "广告服务(031)", "031-广告服务": a code and a name together. */
const codeWithName = /^(0\d{2,3})[\s\-—:：、.]*([^\d]*)$|^([^\d]*?)[\s(（\-—:：]*(0\d{2,3})[)）]?$/;

/**
 * A 中类 by code or name. Excel drops the leading zero of a code typed as a number (031 → 31),
 * so a number is padded back; a 4-digit 小类 code gives its 中类, the level the registry keeps.
 */
export function normaliseSubcategory(cell: MaybeCell): Normalised<CultureSubcategoryCode | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  if (input.kind === 'boolean') return unknownCategory(input);
  const text =
    input.kind === 'number'
      ? String(input.number).padStart(input.number < 100 ? 3 : 4, '0')
      : input.text;
  const direct = findSubcategory(text);
  if (direct !== undefined) return accepted(direct.code);
  const parts = codeWithName.exec(toLookupKey(text));
  const code = parts?.[1] ?? parts?.[4];
  if (code === undefined) {
    if (isCultureCategoryCode(toLookupKey(text))) {
      return rejected(
        'unknown-category',
        `${shown(input)} 是大类代码：请填写它下面的三位中类代码，如 ${toLookupKey(text)}1`,
        `${shown(input)} is a category code: enter one of its three-digit subcategory codes, such as ${toLookupKey(text)}1`,
      );
    }
    return unknownCategory(input);
  }
  const subcategory = findSubcategory(code.slice(0, 3));
  if (subcategory === undefined) return unknownCategory(input);
  const name = (parts?.[2] ?? parts?.[3] ?? '').trim();
  if (name !== '' && toLookupKey(name) !== toLookupKey(subcategory.name)) {
    return rejected(
      'category-mismatch',
      `代码 ${subcategory.code} 是“${subcategory.name}”，而名称写的是“${name}”：请核对代码或名称`,
      `Code ${subcategory.code} is "${subcategory.name}" but the name says "${name}": check the code or the name`,
    );
  }
  return accepted(subcategory.code);
}

function unknownDigitalClass(input: CellInput): Normalised<DigitalCultureClassId | null> {
  return rejected(
    'unknown-category',
    `${shown(input)} 不是数字文化（文化新业态）的16个小类之一：请填写序号或名称，如 6 或 动漫、游戏数字内容服务`,
    `${shown(input)} is not one of the 16 digital-culture classes: enter its number or name, such as 6 or 动漫、游戏数字内容服务`,
  );
}

/** "6 动漫、游戏数字内容服务", as the exchange workbook's drop-down offers it. */
const classWithName = /^(\d{1,2})[\s\-—:：、.]*(.*)$/;

/** A 数字文化 小类 by its number (1–16), its name, or both as the drop-down writes them. */
export function normaliseDigitalCultureClass(
  cell: MaybeCell,
): Normalised<DigitalCultureClassId | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  if (input.kind === 'boolean') return unknownDigitalClass(input);
  const text = input.kind === 'number' ? String(input.number) : input.text;
  const direct = findDigitalCultureClass(text);
  if (direct !== undefined) return accepted(direct.id);
  const parts = classWithName.exec(toLookupKey(text));
  const found = parts === null ? undefined : findDigitalCultureClass(parts[1] ?? '');
  if (found === undefined) return unknownDigitalClass(input);
  const name = parts?.[2] ?? '';
  if (name !== '' && name !== toLookupKey(found.name)) {
    return rejected(
      'category-mismatch',
      `序号 ${String(found.id)} 是“${found.name}”，而名称写的是“${name}”：请核对序号或名称`,
      `Number ${String(found.id)} is "${found.name}" but the name says "${name}": check the number or the name`,
    );
  }
  return accepted(found.id);
}

export function normaliseStreet(cell: MaybeCell): Normalised<StreetCode | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  const text =
    input.kind === 'text' ? input.text : input.kind === 'number' ? String(input.number) : '';
  const street = findStreet(text);
  if (street !== undefined) return accepted(street.code);
  return rejected(
    'unknown-street',
    `${shown(input)} 不是朝阳区的街道或地区：请填写街道（地区）名称或9位代码，如 三里屯街道 或 110105004`,
    `${shown(input)} is not a 街道 or 地区 of Chaoyang: enter its name or 9-digit code, such as 三里屯街道 or 110105010`,
  );
}

function choiceKey(text: string): string {
  return toLookupKey(text).toLowerCase();
}

/** One of a choice field's options, by id, Chinese or English label, or a synonym. */
export function normaliseChoice(cell: MaybeCell, choices: ChoiceSet): Normalised<string | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  const key = choiceKey(
    input.kind === 'text'
      ? input.text
      : String(input.kind === 'number' ? input.number : input.boolean),
  );
  for (const [id, label] of Object.entries(choices.labels)) {
    if ([id, label.zh, label.en].some((name) => choiceKey(name) === key)) return accepted(id);
  }
  for (const [synonym, id] of Object.entries(choices.synonyms ?? {})) {
    if (choiceKey(synonym) === key) return accepted(id);
  }
  const options = Object.values(choices.labels);
  return rejected(
    'unknown-choice',
    `${shown(input)} 不是可选的值：请填写 ${options.map((label) => label.zh).join('、')} 之一`,
    `${shown(input)} is not one of the options: enter one of ${options.map((label) => label.en).join(', ')}`,
  );
}
