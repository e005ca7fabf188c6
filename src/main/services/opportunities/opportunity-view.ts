import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type {
  MissingItem,
  OpportunityDetail,
  OpportunityRecord,
  OpportunitySettings,
  OpportunitySummary,
} from '../../../shared/api/opportunities';
import { AUDIENCE_ROLES } from '../../../shared/demo-script/types';
import type { Locale } from '../../../shared/locale';
import { strongestEvent, type EventFacts, type EventStrength } from '../../../shared/opportunities/compelling-events';
import { confirmationProgress } from '../../../shared/opportunities/confirmation';
import { checkMove, type GateCheck, type GateFacts } from '../../../shared/opportunities/gates';
import { audienceRolesOf, peopleWarnings, type PeopleWarning } from '../../../shared/opportunities/people';
import { winProbability, type Probability } from '../../../shared/opportunities/probability';
import { PURCHASE_CONDITIONS } from '../../../shared/opportunities/purchase-conditions';
import { qualify, type QualificationResult, type Verdict } from '../../../shared/opportunities/qualification';
import { LAST_STAGE, stageOf } from '../../../shared/opportunities/stages';
import { gateFacts, hasIssuedDocuments, opportunityDocuments } from './opportunity-documents';
import { missingMessage } from './opportunity-messages';
import { opportunityTimeline } from './opportunity-timeline';
import { parseClosing, parseRecord, type OpportunityRow } from './opportunity-store';

/**
 * Everything an opportunity shows, computed from its record, its documents and the company's
 * settings by the pure rules in src/shared/opportunities/: qualification, probability with its
 * factors, the gates and what is missing, in the caller's language.
 */

export function stageName(settings: OpportunitySettings, n: number, locale: Locale): string {
  return stageOf(settings.stages, n).name[locale];
}

function withMessages(check: GateCheck, t: TFunction) {
  return {
    to: check.to,
    met: check.met,
    missing: check.missing.map((m): MissingItem => ({ ...m, message: missingMessage(m, t) })),
  };
}

/** The missing items as a list for an error message: "· 阶段 3：还没有本商机的方案书". */
export function missingList(check: GateCheck, settings: OpportunitySettings, locale: Locale, t: TFunction): string {
  return check.missing
    .map((m) => `· ${m.stage} ${stageName(settings, m.stage, locale)} — ${missingMessage(m, t)}`)
    .join('\n');
}

interface Computed {
  record: OpportunityRecord;
  qualification: QualificationResult;
  probability: Probability;
  nextGate: GateCheck | null;
  winGate: GateCheck;
  warnings: ReturnType<typeof peopleWarnings>;
  strongest: ReturnType<typeof strongestEvent<OpportunityRecord['events'][number]>>;
  documents: ReturnType<typeof opportunityDocuments>;
}

/** What a record needs for the probability: the profile, key persons, events and conditions. */
export type ProbabilityRecord<E extends EventFacts> = Pick<OpportunityRecord, 'qualification' | 'conditions'> & {
  people: readonly Pick<OpportunityRecord['people'][number], 'role' | 'stance' | 'influence'>[];
  events: readonly E[];
};

/** Qualification, people warnings, strongest event and the explained probability of one deal. */
export function dealProbability<E extends EventFacts>(
  row: Pick<OpportunityRow, 'stage' | 'status'>,
  record: ProbabilityRecord<E>,
  settings: OpportunitySettings,
) {
  const qualification = qualify(record.qualification, settings.qualification);
  const warnings = peopleWarnings(record.people);
  const strongest = strongestEvent(record.events);
  const probability = probabilityOf(
    row,
    {
      verdict: qualification.verdict,
      score: qualification.score,
      warnings,
      strongest: strongest?.strength ?? null,
      conditionsMet: PURCHASE_CONDITIONS.filter((c) => record.conditions[c]).length,
    },
    settings,
  );
  return { qualification, warnings, strongest, probability };
}

/** What the probability is made of, once the record has been read and qualified. */
export interface ProbabilityFacts {
  verdict: Verdict;
  score: number;
  warnings: readonly PeopleWarning[];
  strongest: EventStrength | null;
  conditionsMet: number;
}

export function probabilityOf(
  row: Pick<OpportunityRow, 'stage' | 'status'>,
  facts: ProbabilityFacts,
  settings: OpportunitySettings,
): Probability {
  return winProbability(
    {
      stage: row.stage,
      stageProbability: stageOf(settings.stages, row.stage).probability,
      status: row.status,
      verdict: facts.verdict,
      score: facts.score,
      peopleWarnings: facts.warnings,
      strongestEvent: facts.strongest,
      conditionsMet: facts.conditionsMet,
      conditionsTotal: PURCHASE_CONDITIONS.length,
    },
    settings.weights,
  );
}

/** The gate to the next stage of an open deal, or null when closed or at the last stage. */
export function nextGateOf(
  row: Pick<OpportunityRow, 'stage' | 'status'>,
  settings: OpportunitySettings,
  facts: GateFacts,
): GateCheck | null {
  return row.status === 'open' && row.stage < LAST_STAGE
    ? checkMove(settings.stages, row.stage, row.stage + 1, facts, {
        confirmationThreshold: settings.confirmationThreshold,
      })
    : null;
}

export function compute(db: Database, row: OpportunityRow, settings: OpportunitySettings, t: TFunction): Computed {
  const record = parseRecord(row, t);
  const documents = opportunityDocuments(db, row.id);
  const facts = gateFacts(db, row.id, record, documents);
  const options = { confirmationThreshold: settings.confirmationThreshold };
  const { qualification, warnings, strongest, probability } = dealProbability(row, record, settings);
  const nextGate = nextGateOf(row, settings, facts);
  // Closing as won needs whatever is still missing to reach 签约成交 and that stage's own gate.
  const winGate =
    row.stage < LAST_STAGE
      ? checkMove(settings.stages, row.stage, LAST_STAGE, facts, options)
      : checkMove(settings.stages, LAST_STAGE - 1, LAST_STAGE, facts, options);
  return { record, qualification, probability, nextGate, winGate, warnings, strongest, documents };
}

export function checkMoveFor(
  db: Database,
  row: OpportunityRow,
  settings: OpportunitySettings,
  to: number,
  t: TFunction,
) {
  const record = parseRecord(row, t);
  const facts = gateFacts(db, row.id, record, opportunityDocuments(db, row.id));
  return checkMove(settings.stages, row.stage, to, facts, { confirmationThreshold: settings.confirmationThreshold });
}

function eventLabel(event: OpportunityRecord['events'][number], t: TFunction): string {
  // A seed event reads as the seed's words unless the rep gave it their own title.
  return event.title !== '' ? event.title : t(`opportunities.events.${event.kind}`);
}

function probabilityLabels(p: Probability, settings: OpportunitySettings, locale: Locale, t: TFunction) {
  return {
    percent: p.percent,
    factors: p.factors.map((f) => {
      const params = f.params;
      let label: string;
      switch (f.key) {
        case 'stage':
          label = t('opportunities.probability.stage', {
            ...params,
            stageName: stageName(settings, Number(params.stage), locale),
          });
          break;
        case 'qualification':
          label = t('opportunities.probability.qualification', {
            ...params,
            verdictLabel: t(`opportunities.verdicts.${String(params.verdict)}`),
          });
          break;
        case 'decisionMaker':
        case 'insider':
          label = t(`opportunities.probability.${f.key}_${String(params.known)}`);
          break;
        case 'event':
          label = t('opportunities.probability.event', {
            strengthLabel: t(`opportunities.strengths.${String(params.strength)}`),
          });
          break;
        case 'closed':
          label = t('opportunities.probability.closed', {
            statusLabel: t(`opportunities.statuses.${String(params.status)}`),
          });
          break;
        default:
          label = t(`opportunities.probability.${f.key}`, params);
      }
      return { key: f.key, points: f.points, params, label };
    }),
  };
}

export function describeOpportunity(
  db: Database,
  row: OpportunityRow,
  settings: OpportunitySettings,
  locale: Locale,
  t: TFunction,
): OpportunityDetail {
  const c = compute(db, row, settings, t);
  const customer = db
    .prepare('SELECT id, name, short_name AS shortName, industry, tax_id AS taxId FROM customers WHERE id = ?')
    .get(row.customer_id) as OpportunityDetail['customer'];
  const progress = confirmationProgress(c.record.confirmation);
  return {
    id: row.id,
    customer,
    record: c.record,
    stage: row.stage,
    status: row.status,
    archived: row.archived === 1,
    closing: parseClosing(row),
    stages: settings.stages.map((s) => ({
      number: s.number,
      name: s.name[locale],
      milestone: s.milestone[locale],
      success: s.success[locale],
      gates: s.gates,
      probability: s.probability,
    })),
    qualification: c.qualification,
    peopleWarnings: c.warnings.map((key) => ({ key, message: t(`opportunities.peopleWarnings.${key}`) })),
    strongestEvent: c.strongest
      ? { id: c.strongest.id, label: eventLabel(c.strongest, t), strength: c.strongest.strength }
      : null,
    confirmation: {
      answered: progress.answered,
      total: progress.total,
      percent: progress.percent,
      threshold: settings.confirmationThreshold,
    },
    conditionsMet: PURCHASE_CONDITIONS.filter((k) => c.record.conditions[k]).length,
    probability: probabilityLabels(c.probability, settings, locale, t),
    nextGate: c.nextGate ? withMessages(c.nextGate, t) : null,
    winGate: withMessages(c.winGate, t),
    documents: c.documents,
    audienceRoles: audienceRolesOf(c.record.people, AUDIENCE_ROLES),
    timeline: opportunityTimeline(db, row.id, (n) => stageName(settings, n, locale), c.documents, t),
    deletable: !hasIssuedDocuments(db, row.id),
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function summarizeOpportunity(
  db: Database,
  row: OpportunityRow & { customer_name: string },
  settings: OpportunitySettings,
  locale: Locale,
  t: TFunction,
): OpportunitySummary {
  const c = compute(db, row, settings, t);
  return {
    id: row.id,
    name: row.name,
    customerId: row.customer_id,
    customerName: row.customer_name,
    owner: row.owner,
    stage: row.stage,
    stageName: stageName(settings, row.stage, locale),
    status: row.status,
    archived: row.archived === 1,
    amountFen: row.amount_fen,
    expectedClose: row.expected_close,
    probability: c.probability.percent,
    strongestEvent: c.strongest ? eventLabel(c.strongest, t) : '',
    nextStep: c.record.nextStep,
    missingCount: c.nextGate?.missing.length ?? 0,
    warnings: c.warnings.map((key) => t(`opportunities.peopleWarnings.${key}`)),
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}
