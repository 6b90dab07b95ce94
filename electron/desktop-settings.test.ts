import { describe, expect, it } from 'vitest';
import {
  defaultDesktopSettings,
  maxRecentFiles,
  parseDesktopSettings,
  withRecentFile,
} from './desktop-settings';

describe('desktop settings', () => {
  it('reads back what was saved', () => {
    const saved = { language: 'en', backupFolder: '//nas/台账备份', recentFiles: ['/a.xlsx'] };
    expect(parseDesktopSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it('starts in Chinese with the default backup folder', () => {
    expect(parseDesktopSettings(null)).toEqual(defaultDesktopSettings);
    expect(parseDesktopSettings('{"language":')).toEqual(defaultDesktopSettings);
    expect(defaultDesktopSettings.language).toBe('zh-CN');
  });

  it('drops a damaged field and keeps the others', () => {
    const text = JSON.stringify({ language: 'fr', backupFolder: 42, recentFiles: ['/b.csv'] });
    expect(parseDesktopSettings(text)).toEqual({
      language: 'zh-CN',
      backupFolder: null,
      recentFiles: ['/b.csv'],
    });
  });
});

describe('recent files', () => {
  it('puts the file just opened first, once', () => {
    expect(withRecentFile(['/a.xlsx', '/b.xlsx'], '/b.xlsx')).toEqual(['/b.xlsx', '/a.xlsx']);
    expect(withRecentFile([], '/c.csv')).toEqual(['/c.csv']);
  });

  it('keeps at most ten', () => {
    const many = Array.from({ length: maxRecentFiles }, (_, i) => `/f${i}.xlsx`);
    const next = withRecentFile(many, '/new.xlsx');
    expect(next).toHaveLength(maxRecentFiles);
    expect(next[0]).toBe('/new.xlsx');
    expect(next).not.toContain(`/f${maxRecentFiles - 1}.xlsx`);
  });
});
