import { describe, expect, it } from 'vitest';
import { defaultSection, hashForSection, sectionFromHash, sectionIds } from './sections';

describe('section routing', () => {
  it('round-trips every section through the hash', () => {
    for (const id of sectionIds) expect(sectionFromHash(hashForSection(id))).toBe(id);
  });

  it('falls back to the overview for an empty or unknown hash', () => {
    expect(sectionFromHash('')).toBe(defaultSection);
    expect(sectionFromHash('#/nowhere')).toBe(defaultSection);
    expect(sectionFromHash('#/constructor')).toBe(defaultSection);
  });

  it('accepts a hash without the slash', () => {
    expect(sectionFromHash('#parks')).toBe('parks');
  });
});
