import { describe, expect, it } from 'vitest';
import {
  defaultSection,
  hashForSection,
  routeFromHash,
  sectionFromHash,
  sectionIds,
} from './sections';

describe('section routing', () => {
  it('round-trips every section through the hash', () => {
    for (const id of sectionIds) expect(sectionFromHash(hashForSection(id))).toBe(id);
  });

  it('falls back to the overview for an empty or unknown hash', () => {
    expect(sectionFromHash('')).toBe(defaultSection);
    expect(sectionFromHash('#/nowhere')).toBe(defaultSection);
    expect(sectionFromHash('#/constructor')).toBe(defaultSection);
  });

  it('carries a page path inside a section', () => {
    expect(routeFromHash(hashForSection('parks', 'park-1'))).toEqual({
      section: 'parks',
      path: ['park-1'],
    });
    expect(routeFromHash(hashForSection('parks', 'a/b c'))).toEqual({
      section: 'parks',
      path: ['a/b c'],
    });
    expect(routeFromHash('#/nowhere/x')).toEqual({ section: 'dashboard', path: [] });
  });

  it('accepts a hash without the slash', () => {
    expect(sectionFromHash('#parks')).toBe('parks');
  });
});
