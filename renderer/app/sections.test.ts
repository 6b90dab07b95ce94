import { describe, expect, it } from 'vitest';
import {
  defaultSection,
  hashForSection,
  hashWithQuery,
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
      query: {},
    });
    expect(routeFromHash(hashForSection('parks', 'a/b c'))).toEqual({
      section: 'parks',
      path: ['a/b c'],
      query: {},
    });
    expect(routeFromHash('#/nowhere/x')).toEqual({ section: 'dashboard', path: [], query: {} });
  });

  it('carries a query a page reads, with any text in it', () => {
    const query = { scope: 'park:园区 1', period: '2024-10', note: 'a&b=c?d/e' };
    const hash = hashWithQuery('enterprises', query);
    expect(hash.startsWith('#/enterprises?')).toBe(true);
    expect(routeFromHash(hash)).toEqual({ section: 'enterprises', path: [], query });
    expect(routeFromHash(hashWithQuery('parks', { tab: 'x' }, 'p/1'))).toEqual({
      section: 'parks',
      path: ['p/1'],
      query: { tab: 'x' },
    });
    expect(hashWithQuery('enterprises', {})).toBe(hashForSection('enterprises'));
  });

  it('accepts a hash without the slash', () => {
    expect(sectionFromHash('#parks')).toBe('parks');
  });
});
