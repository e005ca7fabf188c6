/**
 * The quote lifecycle (DOMAIN.md): 草稿 draft → 待审批 pending → 已审批 approved → 已发送 sent →
 * 已接受 accepted / 未中标 lost / 已过期 expired. Draft and pending follow from the content (a
 * quote that breaks an approval rule is pending); approval, sending and the outcome are actions.
 * A sent quote is locked: changing it means a new revision (A → B → C).
 */

export const QUOTE_STATES = ['draft', 'pending', 'approved', 'sent', 'accepted', 'lost', 'expired'] as const;
export type QuoteState = (typeof QUOTE_STATES)[number];

export const QUOTE_ACTIONS = ['approve', 'send', 'accept', 'lose', 'expire'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/** States whose content can still be edited in place. */
export function isEditable(state: QuoteState): boolean {
  return state === 'draft' || state === 'pending' || state === 'approved';
}

/** Documents of a quote in these states are final (no DRAFT watermark). */
export function isApproved(state: QuoteState): boolean {
  return state === 'approved' || state === 'sent' || state === 'accepted' || state === 'lost' || state === 'expired';
}

const TRANSITIONS: Record<QuoteAction, { from: readonly QuoteState[]; to: QuoteState }> = {
  approve: { from: ['draft', 'pending'], to: 'approved' },
  send: { from: ['approved'], to: 'sent' },
  accept: { from: ['sent'], to: 'accepted' },
  lose: { from: ['sent', 'approved', 'pending', 'draft'], to: 'lost' },
  expire: { from: ['sent', 'approved', 'pending', 'draft'], to: 'expired' },
};

/** The state after `action`, or null when the action is not allowed from `state`. */
export function nextState(state: QuoteState, action: QuoteAction): QuoteState | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(state) ? rule.to : null;
}

export function allowedActions(state: QuoteState): QuoteAction[] {
  return QUOTE_ACTIONS.filter((action) => nextState(state, action) !== null);
}

/** A new revision can be made from a locked quote (sent or closed), not from one being edited. */
export function canRevise(state: QuoteState): boolean {
  return state === 'sent' || state === 'lost' || state === 'expired' || state === 'accepted';
}

/** After editing, the state follows the approval rules; editing an approved quote withdraws the approval. */
export function stateAfterEdit(needsApproval: boolean): QuoteState {
  return needsApproval ? 'pending' : 'draft';
}

/** A → B, Z → AA, AZ → BA (like spreadsheet columns). */
export function nextRevision(revision: string): string {
  if (!/^[A-Z]+$/.test(revision)) throw new Error(`Not a revision letter: ${revision}`);
  const letters = revision.split('');
  for (let i = letters.length - 1; i >= 0; i -= 1) {
    const letter = letters[i] ?? 'A';
    if (letter !== 'Z') {
      letters[i] = String.fromCharCode(letter.charCodeAt(0) + 1);
      return letters.join('');
    }
    letters[i] = 'A';
  }
  return `A${letters.join('')}`;
}

/** "BJ-2026-0001"; the sequence is padded to 4 digits and grows beyond 9999. */
export function formatQuoteNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** A prefix is 1–10 capital letters or digits, starting with a letter (BJ, SH, GZ2). */
export function isValidQuotePrefix(prefix: string): boolean {
  return /^[A-Z][A-Z0-9]{0,9}$/.test(prefix);
}

/** A quote whose validity date has passed (ISO dates compare as text). */
export function isPastValidity(validUntil: string, today: string): boolean {
  return validUntil < today;
}
