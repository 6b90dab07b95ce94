import { describe, expect, it } from 'vitest';
import { fnv1a64, recordContentHash } from './content-hash';

/** FNV-1a 64 over bytes, with BigInt, as the reference the limb arithmetic must match. */
function referenceFnv(bytes: readonly number[]): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function utf16Bytes(text: string): number[] {
  return [...Array(text.length).keys()].flatMap((index) => {
    const unit = text.charCodeAt(index);
    return [unit & 0xff, unit >>> 8];
  });
}

describe('fnv1a64', () => {
  it.each(['', 'a', '园区台账交换表', '91110108551385082Q', 'x'.repeat(1000), '🙂 emoji'])(
    'matches the BigInt reference for %j',
    (text) => {
      expect(fnv1a64(text)).toBe(referenceFnv(utf16Bytes(text)));
    },
  );

  it('is the published FNV-1a 64 of the empty input', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
  });
});

describe('recordContentHash', () => {
  const fields = ['enterpriseName', 'creditCode', 'revenueYuan', 'formerNames'] as const;

  it('changes when any value changes, and not otherwise', () => {
    const base = { enterpriseName: '甲公司', creditCode: '91110108551385082Q', revenueYuan: 100 };
    const hash = recordContentHash(fields, base);
    expect(recordContentHash(fields, { ...base })).toBe(hash);
    expect(recordContentHash(fields, { ...base, revenueYuan: 101 })).not.toBe(hash);
    expect(recordContentHash(fields, { ...base, formerNames: ['乙公司'] })).not.toBe(hash);
  });

  it('hashes a blank and a missing field alike', () => {
    expect(recordContentHash(fields, { enterpriseName: '甲', revenueYuan: null })).toBe(
      recordContentHash(fields, { enterpriseName: '甲' }),
    );
  });

  it('does not let a value spill into the next field', () => {
    expect(recordContentHash(fields, { enterpriseName: '甲', creditCode: '乙' })).not.toBe(
      recordContentHash(fields, { enterpriseName: '甲乙' }),
    );
  });
});
