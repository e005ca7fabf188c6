import type { ContractAction, ContractState } from './types';

/**
 * draft → review (法务审核) → approved → signed. Legal can return a contract for changes, and an
 * approved one can be reopened before signing; both start a new revision in draft, so what legal
 * saw stays on record.
 */
const TRANSITIONS: Record<ContractAction, { from: ContractState; to: ContractState; newRevision: boolean }> = {
  submit: { from: 'draft', to: 'review', newRevision: false },
  approve: { from: 'review', to: 'approved', newRevision: false },
  return: { from: 'review', to: 'draft', newRevision: true },
  sign: { from: 'approved', to: 'signed', newRevision: false },
  reopen: { from: 'approved', to: 'draft', newRevision: true },
};

export function allowedContractActions(state: ContractState): ContractAction[] {
  return (Object.keys(TRANSITIONS) as ContractAction[]).filter((action) => TRANSITIONS[action].from === state);
}

/** The state after `action`, and whether it starts a new revision; null when not allowed. */
export function contractTransition(
  state: ContractState,
  action: ContractAction,
): { to: ContractState; newRevision: boolean } | null {
  const transition = TRANSITIONS[action];
  return transition.from === state ? { to: transition.to, newRevision: transition.newRevision } : null;
}

/** Only a draft can be edited. */
export function isContractEditable(state: ContractState): boolean {
  return state === 'draft';
}

/**
 * The version for signing: legal has approved it (已审核) or it is signed. It must state every
 * value; before that (草稿, 法务审核中) a document may go out with marked blanks for legal to read.
 */
export function isForSigning(state: ContractState): boolean {
  return state === 'approved' || state === 'signed';
}
