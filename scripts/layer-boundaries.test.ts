/**
 * Proves that the import-boundary rule bites: code that crosses a layer boundary fails lint.
 * The offending code is linted as if it stood at the named path, so no bad file is kept in the repo.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const boundaryRules = [
  'import-x/no-restricted-paths',
  'no-restricted-imports',
  'import-x/no-nodejs-modules',
];

const eslint = new ESLint({
  // Only the boundary rules run: they need no type information, which a file that does not exist lacks.
  ruleFilter: ({ ruleId }) => boundaryRules.includes(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// ESLint's first start (type-aware config, resolver) takes seconds on a busy 2-core machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it('forbids shared/ importing the renderer', async () => {
    const errors = await lintAs(
      'shared/forbidden.ts',
      "import { App } from '../renderer/app/App';\nexport const x = App;\n",
    );
    expect(errors.join('\n')).toMatch(/no-restricted-paths.*shared\/ is pure domain code/);
  });

  it('forbids shared/ importing the main process', async () => {
    const errors = await lintAs(
      'shared/forbidden.ts',
      "import { isAppUrl } from '../electron/security';\nexport const x = isAppUrl;\n",
    );
    expect(errors.join('\n')).toMatch(/no-restricted-paths/);
  });

  it('forbids Node, Dexie and React in shared/', async () => {
    const errors = await lintAs(
      'shared/forbidden.ts',
      "import fs from 'node:fs';\nimport Dexie from 'dexie';\nimport React from 'react';\nexport const x = [fs, Dexie, React];\n",
    );
    expect(errors.join('\n')).toMatch(/no Node APIs/);
    expect(errors.join('\n')).toMatch(/Dexie belongs in renderer\/db/);
    expect(errors.join('\n')).toMatch(/shared\/ has no UI/);
  });

  it('forbids the renderer importing electron/ or the electron module', async () => {
    const errors = await lintAs(
      'renderer/forbidden.ts',
      "import { isAppUrl } from '../electron/security';\nimport { ipcRenderer } from 'electron';\nexport const x = [isAppUrl, ipcRenderer];\n",
    );
    expect(errors.join('\n')).toMatch(/no-restricted-paths.*window\.desktop/);
    expect(errors.join('\n')).toMatch(/renderer\/platform/);
  });

  it('forbids electron/ importing the renderer', async () => {
    const errors = await lintAs(
      'electron/forbidden.ts',
      "import { App } from '../renderer/app/App';\nexport const x = App;\n",
    );
    expect(errors.join('\n')).toMatch(/no-restricted-paths/);
  });

  it('lets every layer import shared/', async () => {
    for (const layer of ['renderer', 'electron']) {
      const errors = await lintAs(
        `${layer}/allowed.ts`,
        "import { appOrigin } from '../shared/desktop/desktop-api';\nexport const x = appOrigin;\n",
      );
      expect(errors).toEqual([]);
    }
  });
});
