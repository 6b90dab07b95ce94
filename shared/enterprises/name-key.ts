/**
 * The key two spellings of one enterprise's name compare by, for matching a workbook row to a
 * record when no credit code links them: offices drop or add 有限公司, write the seat as
 * （北京） or 北京, and mix full- and half-width brackets and spaces. A key match is a guess
 * the user confirms, never an identity.
 */
import { toLookupKey } from '../text/half-width';

const legalFormSuffix = /(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司)$/;
const seatInBrackets = /[(（〔【[]\s*(北京市?|中国|朝阳区?)\s*[)）〕】\]]/g;
const leadingSeat = /^北京市?/;
const brackets = /[()（）〔〕【】[\]「」《》<>]/g;

export function enterpriseNameKey(name: string): string {
  const plain = toLookupKey(name).replace(seatInBrackets, '').replace(brackets, '');
  return plain.replace(leadingSeat, '').replace(legalFormSuffix, '').toLowerCase();
}
