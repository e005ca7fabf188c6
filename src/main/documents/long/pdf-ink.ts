import { COLOURS } from './geometry';

/** The long documents' colours (geometry.ts) as PDFKit takes them. */
export const INK = {
  text: `#${COLOURS.text}`,
  muted: `#${COLOURS.muted}`,
  accent: `#${COLOURS.accent}`,
  rule: `#${COLOURS.rule}`,
} as const;
