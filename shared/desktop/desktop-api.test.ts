import { describe, expect, it } from 'vitest';
import { appOrigin, desktopChannels, menuCommandChannel } from './desktop-api';

describe('desktop API contract', () => {
  it('gives every method its own namespaced channel', () => {
    const channels = Object.values(desktopChannels);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^desktop:[a-z-]+$/);
  });

  it('pushes commands on a channel no invoke method uses', () => {
    expect(menuCommandChannel).toMatch(/^desktop:[a-z-]+$/);
    expect(Object.values(desktopChannels)).not.toContain(menuCommandChannel);
  });

  it('keeps the origin that IndexedDB data belongs to', () => {
    // Changing this loses every user's local registry: the data is keyed by origin.
    expect(appOrigin).toBe('app://park-ledger');
  });
});
