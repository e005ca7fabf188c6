import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (ESLint)', () => {
  it('keeps src/shared free of Node, Electron and React', async () => {
    const code = [
      "import fs from 'node:fs';",
      "import path from 'path';",
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import { dispatch } from '../main/dispatch';",
      'export const x = [fs, path, app, useState, dispatch];',
    ].join('\n');
    expect(await restrictedImports('src/shared/example.ts', code)).toHaveLength(5);
  });

  it('lets only src/main/electron import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImports('src/main/services/example.ts', code)).toHaveLength(1);
    expect(await restrictedImports('src/main/electron/example.ts', code)).toHaveLength(0);
  });

  it('keeps the renderer away from main and Node', async () => {
    const code =
      "import { handlers } from '../../main/handlers';\nimport os from 'node:os';\nexport const x = [handlers, os];\n";
    expect(await restrictedImports('src/renderer/src/example.ts', code)).toHaveLength(2);
  });
});
