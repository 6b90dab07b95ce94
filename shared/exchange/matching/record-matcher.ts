/**
 * Finding the stored record a workbook row is about. An enterprise is found by its credit
 * code, its identity; failing that, by its name (or a former name) compared as a name key
 * (see enterprises/name-key.ts) — a guess the user confirms. A park is found by its name, an
 * alias or its district code, compared without widths or spaces.
 */
import type { Enterprise } from '../../enterprises/enterprise';
import { enterpriseNameKey } from '../../enterprises/name-key';
import type { Park } from '../../parks/park';
import { isLive } from '../../records/record-meta';
import { toLookupKey } from '../../text/half-width';
import type { DraftRefs } from '../drafts/row-draft';

/** 'record-id': the row carries the record's own id (a returned exchange workbook). */
export type MatchBasis = 'credit-code' | 'name' | 'record-id';

export type EnterpriseMatch =
  | { readonly kind: 'matched'; readonly enterprise: Enterprise; readonly basis: MatchBasis }
  /** Several records carry the name: which one only the user can say. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Enterprise[] }
  | { readonly kind: 'none' };

export interface RecordMatcher {
  enterprise(refs: DraftRefs): EnterpriseMatch;
  park(name: string): Park | undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Indexes the live records once, so matching a 20,000-row sheet is a lookup a row. */
export function createRecordMatcher(
  enterprises: readonly Enterprise[],
  parks: readonly Park[],
): RecordMatcher {
  const byCode = new Map<string, Enterprise>();
  for (const enterprise of enterprises) {
    if (isLive(enterprise)) byCode.set(enterprise.creditCode, enterprise);
  }
  // Keyed when a row first needs a name: a sheet whose codes are all known never does, and
  // keying 17,000 names was most of the matcher's set-up.
  let byNameKey: Map<string, Enterprise[]> | undefined;
  const nameIndex = (): Map<string, Enterprise[]> => {
    if (byNameKey !== undefined) return byNameKey;
    byNameKey = new Map();
    for (const enterprise of enterprises) {
      if (!isLive(enterprise)) continue;
      for (const name of [enterprise.name, ...enterprise.formerNames]) {
        pushTo(byNameKey, enterpriseNameKey(name), enterprise);
      }
    }
    return byNameKey;
  };
  const parkByKey = new Map<string, Park>();
  for (const park of parks) {
    if (!isLive(park)) continue;
    for (const name of [park.name, ...park.aliases, park.districtCode ?? '']) {
      if (name !== '') parkByKey.set(toLookupKey(name), park);
    }
  }
  return {
    enterprise(refs) {
      if (refs.creditCode !== undefined) {
        const byIdentity = byCode.get(refs.creditCode);
        if (byIdentity !== undefined) {
          return { kind: 'matched', enterprise: byIdentity, basis: 'credit-code' };
        }
      }
      if (refs.enterpriseName === undefined) return { kind: 'none' };
      // A row whose code is unknown but whose name is stored may carry a corrected code: the user says.
      const candidates = nameIndex().get(enterpriseNameKey(refs.enterpriseName)) ?? [];
      const [only] = candidates;
      if (only === undefined) return { kind: 'none' };
      if (candidates.length > 1) return { kind: 'ambiguous', candidates };
      return { kind: 'matched', enterprise: only, basis: 'name' };
    },
    park(name) {
      return parkByKey.get(toLookupKey(name));
    },
  };
}
