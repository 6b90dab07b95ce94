import { describe, expect, it } from 'vitest';
import { contentHashOf } from './content-hash';

const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('contentHashOf', () => {
  it('is the SHA-256 of the bytes, in hex', async () => {
    expect(await contentHashOf(new TextEncoder().encode('abc'))).toBe(abc);
  });

  it('hashes only the bytes a view shows, not the rest of its buffer', async () => {
    const buffer = new TextEncoder().encode('xxabcyy');
    expect(await contentHashOf(buffer.subarray(2, 5))).toBe(abc);
  });
});
