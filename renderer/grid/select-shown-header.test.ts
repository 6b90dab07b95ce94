import { describe, expect, it } from 'vitest';
import { selectShownState } from './select-shown-header';

describe('selectShownState', () => {
  it('is none while no shown row is selected, whatever is selected outside the filters', () => {
    expect(selectShownState(0, 120)).toBe('none');
    expect(selectShownState(0, 0)).toBe('none');
  });

  it('is some while part of the shown rows is selected', () => {
    expect(selectShownState(1, 120)).toBe('some');
    expect(selectShownState(119, 120)).toBe('some');
  });

  it('is all once every shown row is selected', () => {
    expect(selectShownState(120, 120)).toBe('all');
  });
});
