import { unmetConditions, type PurchaseCondition } from './purchase-conditions';
import { stageOf, type GateKind, type StageDefinition } from './stages';

/**
 * Stage gates: entering a stage needs the deliverables its definition lists, checked against
 * the opportunity's real documents and answers. Moving several stages at once needs every gate
 * on the way: a stage is never skipped silently.
 */

/** What the opportunity has, as far as the gates are concerned. */
export interface GateFacts {
  proposals: readonly { id: number; deviationRows: number }[];
  demoScripts: number;
  /** Quote revisions approved, sent or accepted (a quote the customer may get at standard prices). */
  approvedQuotes: number;
  /** Any quote at all (so the link says "approve" rather than "create"). */
  quotes: readonly { revisionId: number; state: string }[];
  /** Contracts approved by legal (or signed). */
  approvedContracts: number;
  contracts: readonly { id: number; state: string }[];
  confirmationPercent: number;
  conditionsMet: Partial<Record<PurchaseCondition, boolean>>;
}

/** Where the user goes to make what is missing. */
export type GateLink =
  | { kind: 'newProposal' }
  | { kind: 'openProposal'; id: number }
  | { kind: 'newDemoScript' }
  | { kind: 'newQuote' }
  | { kind: 'openQuote'; revisionId: number }
  | { kind: 'newContract' }
  | { kind: 'openContract'; id: number }
  | { kind: 'section'; section: 'confirmation' | 'conditions' };

export interface MissingItem {
  stage: number;
  gate: GateKind;
  /** i18n key under `opportunities.missing`, with its values. */
  key: string;
  params: Record<string, string | number>;
  link: GateLink;
}

export interface GateCheck {
  from: number;
  to: number;
  met: boolean;
  missing: MissingItem[];
}

export interface GateOptions {
  /** Share of confirmation questions answered that the confirmation gate needs (default 80). */
  confirmationThreshold: number;
}

function check(stage: number, gate: GateKind, facts: GateFacts, options: GateOptions): MissingItem[] {
  const item = (key: string, link: GateLink, params: Record<string, string | number> = {}): MissingItem => ({
    stage,
    gate,
    key,
    params,
    link,
  });
  switch (gate) {
    case 'proposal':
      return facts.proposals.length > 0 ? [] : [item('proposal', { kind: 'newProposal' })];
    case 'demoScript':
      return facts.demoScripts > 0 ? [] : [item('demoScript', { kind: 'newDemoScript' })];
    case 'deviationTable': {
      if (facts.proposals.some((p) => p.deviationRows > 0)) return [];
      const first = facts.proposals[0];
      return [item('deviationTable', first ? { kind: 'openProposal', id: first.id } : { kind: 'newProposal' })];
    }
    case 'confirmation':
      return facts.confirmationPercent >= options.confirmationThreshold
        ? []
        : [
            item(
              'confirmation',
              { kind: 'section', section: 'confirmation' },
              { percent: facts.confirmationPercent, threshold: options.confirmationThreshold },
            ),
          ];
    case 'approvedQuote': {
      if (facts.approvedQuotes > 0) return [];
      const draft = facts.quotes[0];
      return draft
        ? [item('approveQuote', { kind: 'openQuote', revisionId: draft.revisionId }, { state: draft.state })]
        : [item('approvedQuote', { kind: 'newQuote' })];
    }
    case 'purchaseConditions':
      return unmetConditions(facts.conditionsMet).map((c) =>
        item('condition', { kind: 'section', section: 'conditions' }, { condition: c }),
      );
    case 'approvedContract': {
      if (facts.approvedContracts > 0) return [];
      const draft = facts.contracts[0];
      return draft
        ? [item('approveContract', { kind: 'openContract', id: draft.id }, { state: draft.state })]
        : [item('approvedContract', { kind: 'newContract' })];
    }
  }
}

/** What entering stage `stage` needs and what of it is missing. */
export function missingFor(
  stages: readonly StageDefinition[],
  stage: number,
  facts: GateFacts,
  options: GateOptions,
): MissingItem[] {
  return stageOf(stages, stage).gates.flatMap((gate) => check(stage, gate, facts, options));
}

/**
 * Moving from `from` to `to`: forward, every gate of every stage passed through and of the
 * target; backward, nothing (going back is always allowed, and logged).
 */
export function checkMove(
  stages: readonly StageDefinition[],
  from: number,
  to: number,
  facts: GateFacts,
  options: GateOptions,
): GateCheck {
  const missing: MissingItem[] = [];
  for (let n = from + 1; n <= to; n += 1) missing.push(...missingFor(stages, n, facts, options));
  return { from, to, met: missing.length === 0, missing };
}
