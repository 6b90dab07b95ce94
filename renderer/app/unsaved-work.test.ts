import { describe, expect, it } from 'vitest';
import { hasUnsavedWork, markUnsaved } from './unsaved-work';

describe('unsaved work', () => {
  it('is unsaved while any screen says so, and saved once the last one clears', () => {
    expect(hasUnsavedWork()).toBe(false);
    markUnsaved('import', true);
    markUnsaved('other', true);
    markUnsaved('import', false);
    expect(hasUnsavedWork()).toBe(true);
    markUnsaved('other', false);
    expect(hasUnsavedWork()).toBe(false);
  });
});
