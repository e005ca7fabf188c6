import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  canRevise,
  formatQuoteNumber,
  isApproved,
  isEditable,
  isValidQuotePrefix,
  nextRevision,
  nextState,
  QUOTE_STATES,
} from '../../../src/shared/quotes/lifecycle';

describe('quote lifecycle', () => {
  it.each([
    ['draft', 'approve', 'approved'],
    ['pending', 'approve', 'approved'],
    ['approved', 'send', 'sent'],
    ['sent', 'accept', 'accepted'],
    ['sent', 'lose', 'lost'],
    ['sent', 'expire', 'expired'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  it('refuses what the lifecycle does not allow', () => {
    expect(nextState('pending', 'send')).toBeNull(); // an unapproved quote is never sent
    expect(nextState('draft', 'accept')).toBeNull();
    expect(nextState('accepted', 'lose')).toBeNull();
    expect(nextState('expired', 'approve')).toBeNull();
    expect(allowedActions('accepted')).toEqual([]);
  });

  it('only draft, pending and approved quotes are edited in place; locked ones are revised', () => {
    expect(QUOTE_STATES.filter(isEditable)).toEqual(['draft', 'pending', 'approved']);
    expect(QUOTE_STATES.filter(canRevise)).toEqual(['sent', 'accepted', 'lost', 'expired']);
    expect(QUOTE_STATES.filter((s) => !isApproved(s))).toEqual(['draft', 'pending']);
  });

  it('revisions go A → B … Z → AA → AB', () => {
    expect(nextRevision('A')).toBe('B');
    expect(nextRevision('Y')).toBe('Z');
    expect(nextRevision('Z')).toBe('AA');
    expect(nextRevision('AZ')).toBe('BA');
    expect(() => nextRevision('b')).toThrow();
  });

  it('numbers read prefix-year-sequence with 4 digits at least', () => {
    expect(formatQuoteNumber('BJ', 2026, 1)).toBe('BJ-2026-0001');
    expect(formatQuoteNumber('SH', 2027, 12345)).toBe('SH-2027-12345');
    expect(['BJ', 'GZ2', 'A'].every(isValidQuotePrefix)).toBe(true);
    expect(['bj', '2BJ', 'B-J', '', 'ABCDEFGHIJK'].some(isValidQuotePrefix)).toBe(false);
  });
});
