import { describe, expect, it } from 'vitest';
import { windowTitle } from './window-title';

describe('window title', () => {
  it('shows the scope before the product name', () => {
    expect(windowTitle('zh-CN', { scope: '我的园区：郎园Vintage', dirty: false })).toBe(
      '我的园区：郎园Vintage — 园区台账',
    );
    expect(windowTitle('en', { scope: 'My parks', dirty: false })).toBe('My parks — Park Ledger');
  });

  it('marks unsaved changes in the user’s language', () => {
    expect(windowTitle('zh-CN', { scope: '全区', dirty: true })).toBe('全区（未保存） — 园区台账');
    expect(windowTitle('en', { scope: 'All parks', dirty: true })).toBe(
      'All parks (unsaved) — Park Ledger',
    );
  });

  it('is just the product name without a scope', () => {
    expect(windowTitle('zh-CN', { scope: '  ', dirty: false })).toBe('园区台账');
    expect(windowTitle('en', { scope: '', dirty: true })).toBe('Park Ledger (unsaved)');
  });
});
