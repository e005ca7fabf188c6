import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's `resources/` folder (fonts, demo images). Found by walking up from this module, so it
 * works from the sources (tests, CLI via tsx) and from the bundle in `out/main/` alike.
 */
function findResourcesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'fonts'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('resources/ folder not found next to the app');
    dir = parent;
  }
}

let resourcesDir: string | null = null;

export function resourcePath(...segments: string[]): string {
  resourcesDir ??= findResourcesDir();
  return path.join(resourcesDir, ...segments);
}

/** The CJK font every PDF embeds (Noto Sans SC, SIL OFL; resources/fonts/OFL.txt). */
export const PDF_FONTS = {
  regular: () => resourcePath('fonts', 'NotoSansHans-Regular.otf'),
  bold: () => resourcePath('fonts', 'NotoSansHans-Bold.otf'),
};
