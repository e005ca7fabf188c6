/** Small facts about sheet cells shared by the reader, the analysis and the error report. */

/** 0 → "A", 25 → "Z", 26 → "AA": the column letters Excel shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i++) index = index * 26 + (letters.charCodeAt(i) - 64);
  return index - 1;
}

/** A row with nothing but empty or whitespace-only cells (JS trim covers U+3000 and NBSP). */
export function isBlankRow(cells: readonly (string | null)[]): boolean {
  for (const cell of cells) {
    if (cell !== null && cell.trim() !== '') return false;
  }
  return true;
}
