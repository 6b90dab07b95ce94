/**
 * Valid-format 统一社会信用代码 for fictional enterprises: both check characters computed by the
 * rules of shared/enterprises/credit-code, every code issued once. Codes look like those of real
 * Beijing firms (91 企业, a Beijing registering authority, an "MA…" organisation code for firms
 * registered since 2015) but are drawn at random, so any match with a real firm is chance.
 */
import {
  computeCheckCharacter,
  computeOrgCodeCheck,
  creditCodeAlphabet,
} from '../enterprises/credit-code';
import type { Random } from './random';

/** Registering authorities: mostly Chaoyang's own, some municipal and neighbouring districts. */
const divisionCodes = ['110105', '110105', '110105', '110105', '110000', '110108', '110101'];
const digits = '0123456789';
/** The year organisation codes in credit codes began with "MA". */
const firstUsccYear = 2015;

function drawCharacters(random: Random, characters: string, count: number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) {
    text += characters.charAt(random.int(0, characters.length - 1));
  }
  return text;
}

export interface CreditCodeIssuer {
  /** A new code for a firm registered in `foundedYear`, never one issued before. */
  issue(foundedYear: number): string;
}

export function createCreditCodeIssuer(random: Random): CreditCodeIssuer {
  const issued = new Set<string>();
  const draw = (foundedYear: number): string => {
    const body =
      foundedYear >= firstUsccYear
        ? `MA0${drawCharacters(random, creditCodeAlphabet, 5)}`
        : drawCharacters(random, digits, 8);
    const first17 = `91${random.pick(divisionCodes)}${body}${computeOrgCodeCheck(body)}`;
    return first17 + computeCheckCharacter(first17);
  };
  return {
    issue(foundedYear) {
      for (;;) {
        const code = draw(foundedYear);
        if (!issued.has(code)) {
          issued.add(code);
          return code;
        }
      }
    },
  };
}
