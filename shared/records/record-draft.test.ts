import { describe, expect, it } from 'vitest';
import { withoutBookkeeping } from './record-draft';

describe('withoutBookkeeping', () => {
  it('keeps the id and the content, and drops what the registry sets when it writes', () => {
    const stored = {
      id: 'ent-1',
      version: 4,
      updatedAt: '2024-11-05T06:30:00.000Z',
      deletedAt: '2024-11-06T06:30:00.000Z',
      name: '北京星河文化传媒有限公司',
    };
    expect(withoutBookkeeping(stored)).toEqual({ id: 'ent-1', name: '北京星河文化传媒有限公司' });
    expect(stored.version).toBe(4);
  });
});
