#!/usr/bin/env node
/**
 * Draws the app icon: a white 售 on an indigo rounded square (the UI's primary colour).
 *
 *   node scripts/make-icon.mjs   → resources/icon.svg and resources/icon.png (1024 × 1024)
 *
 * The character is taken from the bundled Noto Sans SC Bold as an outline, so the SVG does not
 * depend on installed fonts; the PNG is rendered by Debian's Chromium (/usr/bin/chromium, as in
 * the E2E tests). electron-builder makes the .ico (Windows) and .icns (macOS) from the PNG.
 * Both files are checked in: run this only to change the design.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 1024;
const MARGIN = 64; // transparent border, so the square does not look larger than other apps' icons
const RADIUS = 200;
const GLYPH_HEIGHT = 560; // of the character's outline, centred on the square

const font = fontkit.openSync(path.join(root, 'resources', 'fonts', 'NotoSansHans-Bold.otf'));
const glyph = font.layout('售').glyphs[0];
const { minX, minY, maxX, maxY } = glyph.bbox;
const scale = GLYPH_HEIGHT / (maxY - minY);
// Font units grow upwards; SVG's y grows downwards, hence the flip (scale y by -1).
const offsetX = (SIZE - (maxX - minX) * scale) / 2 - minX * scale;
const offsetY = (SIZE + (maxY - minY) * scale) / 2 + minY * scale;

const body = SIZE - 2 * MARGIN;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs>
    <linearGradient id="fill" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#5c7cfa"/>
      <stop offset="1" stop-color="#364fc7"/>
    </linearGradient>
  </defs>
  <rect x="${MARGIN}" y="${MARGIN}" width="${body}" height="${body}" rx="${RADIUS}" fill="url(#fill)"/>
  <path fill="#ffffff" transform="translate(${offsetX.toFixed(2)} ${offsetY.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.path.toSVG()}"/>
</svg>
`;

const svgFile = path.join(root, 'resources', 'icon.svg');
const pngFile = path.join(root, 'resources', 'icon.png');
fs.writeFileSync(svgFile, svg);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: pngFile, omitBackground: true });
} finally {
  await browser.close();
}
console.log(`${path.relative(root, svgFile)}, ${path.relative(root, pngFile)} (${SIZE} × ${SIZE})`);
