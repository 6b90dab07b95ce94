/**
 * Packaging cannot run here (electron-builder downloads Electron and installer tools), so this
 * checks electron-builder.yml is complete instead: identity, targets, fuses, file associations,
 * icons, and that only the built app is packaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { workbookExtensions } from '../electron/workbook-opening';

const target = z.object({ target: z.string(), arch: z.array(z.string()) });
const fileAssociation = z.object({
  ext: z.string(),
  name: z.string(),
  mimeType: z.string(),
});

const builderConfig = z.object({
  appId: z.string(),
  productName: z.string(),
  executableName: z.string(),
  directories: z.object({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  asar: z.boolean(),
  electronFuses: z.record(z.string(), z.boolean()),
  win: z.object({ icon: z.string(), target: z.array(target) }),
  nsis: z.object({
    oneClick: z.boolean(),
    perMachine: z.boolean(),
    installerLanguages: z.array(z.string()),
    language: z.string(),
    include: z.string(),
  }),
  linux: z.object({
    icon: z.string(),
    category: z.string(),
    desktop: z.object({ entry: z.record(z.string(), z.string()) }),
    target: z.array(target),
    fileAssociations: z.array(fileAssociation),
  }),
});

const config = builderConfig.parse(parse(readFileSync('electron-builder.yml', 'utf8')));
const packageJson = z
  .object({ main: z.string(), dependencies: z.record(z.string(), z.string()).optional() })
  .parse(JSON.parse(readFileSync('package.json', 'utf8')));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(filePath: string): { width: number; height: number } {
  const bytes = readFileSync(filePath);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app 园区台账 / Park Ledger', () => {
    expect(config.appId).toBe('cn.chaoyang.parkledger');
    expect(config.productName).toBe('园区台账');
    expect(config.linux.desktop.entry).toMatchObject({
      Name: '园区台账',
      'Name[en]': 'Park Ledger',
    });
  });

  it('builds a per-user Chinese NSIS installer for Windows x64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
  });

  it('builds deb and AppImage for x64 and arm64 (UOS and Kylin run both)', () => {
    for (const kind of ['deb', 'AppImage']) {
      const entry = config.linux.target.find((t) => t.target === kind);
      expect(entry?.arch.sort()).toEqual(['arm64', 'x64']);
    }
  });

  it('flips the fuses of Electron’s checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages only the built app, in an asar archive', () => {
    expect(config.asar).toBe(true);
    for (const pattern of config.files) {
      expect(pattern).toMatch(/^(dist\/(renderer|electron)\/\*\*|package\.json|!.*)$/);
    }
    expect(config.files).toContain('dist/renderer/**');
    expect(config.files).toContain('dist/electron/**');
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    // Runtime dependencies would be copied in as node_modules; everything is bundled instead.
    expect(packageJson.dependencies ?? {}).toEqual({});
    expect(config.directories.output.startsWith('dist/packages')).toBe(true);
  });

  it('associates xlsx, xls and csv, which the app can import', () => {
    const associated = config.linux.fileAssociations.map((association) => association.ext);
    expect(associated.sort()).toEqual(['csv', 'xls', 'xlsx']);
    for (const extension of associated) {
      expect(workbookExtensions as readonly string[]).toContain(extension);
    }
    const nsis = readFileSync(config.nsis.include, 'utf8');
    for (const extension of associated) {
      expect(nsis).toContain(`Software\\Classes\\.${extension}\\OpenWithProgids`);
      expect(nsis).toContain(
        `DeleteRegValue SHCTX "Software\\Classes\\.${extension}\\OpenWithProgids"`,
      );
    }
  });

  it('has the icons it names', () => {
    expect(pngSize(config.win.icon)).toEqual({ width: 512, height: 512 });
    for (const size of [256, 512]) {
      expect(pngSize(`${config.linux.icon}/${size}x${size}.png`)).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
