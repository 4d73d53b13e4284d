import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// Lints probe sources as if they were files of each layer, with the project's
// own eslint.config.js. Type-aware rules are switched off for these virtual
// files (they are in no tsconfig); the layering rules need no types.
const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layering rules (STYLE.md), as lint errors', () => {
  it.each([
    ['electron/ importing renderer/ by alias', 'electron/main/probe.ts', "import { t } from '@renderer/i18n/t';\nexport const x = t;\n"],
    ['electron/ importing renderer/ by path', 'electron/main/probe.ts', "import { t } from '../../renderer/src/i18n/t';\nexport const x = t;\n"],
    ['shared/ importing node:fs', 'shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/ importing electron', 'shared/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/ importing React', 'shared/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/ importing Dexie', 'shared/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['shared/ importing renderer/', 'shared/probe.ts', "import { t } from '../renderer/src/i18n/t';\nexport const x = t;\n"],
    ['shared/ using the DOM', 'shared/probe.ts', 'export const title = document.title;\n'],
    ['shared/ using localStorage', 'shared/probe.ts', "export const read = () => localStorage.getItem('k');\n"],
    ['shared/ using Node globals', 'shared/probe.ts', 'export const cwd = () => process.cwd();\n'],
    ['renderer/ importing electron', 'renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/ importing node:path', 'renderer/src/probe.ts', "import path from 'node:path';\nexport const x = path;\n"],
    ['renderer/ importing fs', 'renderer/src/probe.ts', "import fs from 'fs';\nexport const x = fs;\n"],
    ['renderer/ importing main', 'renderer/src/probe.ts', "import { isAppUrl } from '@main/app-origin';\nexport const x = isAppUrl;\n"],
    ['the preload importing shell', 'electron/preload/probe.ts', "import { shell } from 'electron';\nexport const x = shell;\n"],
    ['the preload importing a library', 'electron/preload/probe.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['the preload importing main', 'electron/preload/probe.ts', "import { isAppUrl } from '@main/app-origin';\nexport const x = isAppUrl;\n"],
  ])('%s is an error', async (_label, file, code) => {
    const rules = await ruleIdsFor(file, code);
    expect(rules.some((rule) => /no-restricted-(imports|paths|globals)/.test(rule))).toBe(true);
  });

  it.each([
    ['shared/ using TextEncoder and zod', 'shared/probe.ts', "import { z } from 'zod';\nexport const x = [new TextEncoder(), z];\n"],
    ['main importing shared/', 'electron/main/probe.ts', "import { isAppErrorCode } from '@shared/errors/app-error';\nexport const x = isAppErrorCode;\n"],
    ['the preload importing the contract', 'electron/preload/probe.ts', "import { contextBridge } from 'electron';\nimport type { Host } from '@shared/ipc/host';\nexport const x: Host | null = null;\ncontextBridge.exposeInMainWorld('host', x);\n"],
    ['renderer/ importing shared/', 'renderer/src/probe.ts', "import { ok } from '@shared/ipc/result';\nexport const x = ok;\n"],
  ])('%s is allowed', async (_label, file, code) => {
    expect(await ruleIdsFor(file, code)).toEqual([]);
  });
});
