/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a
 * 31-character alphabet (no I, O, Z, S, V); the last one is a check character computed
 * from the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type TaxIdProblem = 'length' | 'characters' | 'checkDigit';

/** The check character for the first 17 characters of a code, or null if they are not valid. */
export function taxIdCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] ?? null;
}

/** Normalises what a user typed: trims, removes inner spaces, upper-cases. */
export function normaliseTaxId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Returns null when the (normalised) code is valid, else what is wrong with it. */
export function taxIdProblem(code: string): TaxIdProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'characters';
  return taxIdCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}
