import { describe, expect, it } from 'vitest';
import { normaliseTaxId, taxIdCheckCharacter, taxIdProblem } from '../../src/shared/tax-id';

describe('统一社会信用代码 check digit', () => {
  it.each([
    '91310115MA1H7GXK13',
    '91350100M000100Y43', // the example printed in GB 32100-2015
  ])('accepts %s', (code) => {
    expect(taxIdProblem(code)).toBeNull();
  });

  it('rejects a code whose last character does not match', () => {
    expect(taxIdProblem('91310115MA1H7GXK14')).toBe('checkDigit');
  });

  it('rejects the wrong length and letters outside the alphabet', () => {
    expect(taxIdProblem('9131011')).toBe('length');
    expect(taxIdProblem('91310115MA1H7GXKI3')).toBe('characters'); // I is not used
  });

  it('maps a check value of 31 to 0 and computes letters', () => {
    expect(taxIdCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(taxIdCheckCharacter('short')).toBeNull();
  });

  it('accepts what users type: spaces and lower case', () => {
    expect(normaliseTaxId(' 9131 0115 ma1h7gxk13 ')).toBe('91310115MA1H7GXK13');
  });
});
