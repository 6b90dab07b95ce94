import { describe, expect, it } from 'vitest';
import {
  defaultWindowSize,
  parseFolderMemory,
  parseWindowState,
  restoreBounds,
  type WindowState,
} from './remembered-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const stateAt = (x: number, y: number): WindowState => ({
  bounds: { x, y, width: 1200, height: 800 },
  maximized: false,
});

describe('window state', () => {
  it('restores saved bounds that are still on a display', () => {
    expect(restoreBounds(stateAt(100, 100), [laptop])).toEqual(stateAt(100, 100).bounds);
  });

  it('falls back to the default size when the window would be off every display', () => {
    expect(restoreBounds(stateAt(2500, 100), [laptop])).toEqual(defaultWindowSize);
    expect(restoreBounds(null, [laptop])).toEqual(defaultWindowSize);
  });

  it('reads back what it wrote and ignores damaged files', () => {
    expect(parseWindowState(JSON.stringify(stateAt(10, 20)))).toEqual(stateAt(10, 20));
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(
      parseWindowState('{"bounds":{"x":0,"y":0,"width":5,"height":5},"maximized":false}'),
    ).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});

describe('dialog folder memory', () => {
  it('reads a map of kind to folder and forgets anything malformed', () => {
    expect(parseFolderMemory('{"xlsx":"/home/user/报表"}')).toEqual({ xlsx: '/home/user/报表' });
    expect(parseFolderMemory('{"xlsx":42}')).toEqual({});
    expect(parseFolderMemory('[]')).toEqual({});
    expect(parseFolderMemory('nope')).toEqual({});
    expect(parseFolderMemory(null)).toEqual({});
  });
});
