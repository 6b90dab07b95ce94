import { describe, expect, it } from 'vitest';
import { localTime } from './local-time';

describe('local time', () => {
  it('shows an instant on the local clock to the minute, zero-padded', () => {
    const instant = new Date(2024, 0, 5, 8, 7, 59).toISOString();
    expect(localTime(instant)).toBe('2024-01-05 08:07');
  });
});
