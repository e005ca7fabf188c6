/**
 * Compelling events (强迫事件, seed 二): why the customer must buy now. The seed lists eleven; a rep
 * picks from them or writes their own, each with evidence, a date and how strong it is.
 */
export const SEED_EVENTS = [
  'fastGrowth',
  'newStrategy',
  'legacyFailing',
  'poorCollaboration',
  'processLeaks',
  'customerRecords',
  'crmInventoryGap',
  'limitedOffer',
  'expertStaff',
  'vendorRequires',
  'competitiveness',
] as const;
export type SeedEvent = (typeof SEED_EVENTS)[number];
export const EVENT_STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type EventStrength = (typeof EVENT_STRENGTHS)[number];

export interface EventFacts {
  id: string;
  strength: EventStrength;
  date: string;
}

const RANK: Record<EventStrength, number> = { strong: 3, medium: 2, weak: 1 };

/** The strongest event; among equals the most recent (by date), then the first listed. */
export function strongestEvent<E extends EventFacts>(events: readonly E[]): E | null {
  let best: E | null = null;
  for (const e of events) {
    if (
      best === null ||
      RANK[e.strength] > RANK[best.strength] ||
      (RANK[e.strength] === RANK[best.strength] && e.date > best.date)
    ) {
      best = e;
    }
  }
  return best;
}
