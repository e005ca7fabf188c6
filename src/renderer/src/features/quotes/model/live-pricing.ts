import { PricingError, priceQuote, type PricedQuote } from '../../../../../shared/quotes/pricing';
import { toPricingInput, type QuoteContent } from '../../../../../shared/quotes/quote';

/**
 * The pricing engine on the content being typed, for live totals. A problem the engine refuses
 * (payment percentages not adding up, a target total above the total) is reported and priced
 * around, so the totals stay on screen while the user fixes it.
 */

export type LiveProblem = 'milestoneSum' | 'targetAbove' | 'targetInclusiveOnly' | 'discount' | 'lines';

export interface LivePricing {
  priced: PricedQuote | null;
  problems: LiveProblem[];
  /** The engine's field for a line problem ("lines[3].quantity"). */
  lineField?: string;
}

export function livePrice(content: QuoteContent): LivePricing {
  const problems: LiveProblem[] = [];
  let input = toPricingInput(content);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return { priced: priceQuote(input), problems };
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      if (error.field === 'milestones') {
        problems.push('milestoneSum');
        input = { ...input, milestones: [] };
      } else if (error.field === 'discount') {
        const discount = input.discount;
        problems.push(
          discount.kind === 'targetTotal'
            ? content.vatMode === 'inclusive'
              ? 'targetAbove'
              : 'targetInclusiveOnly'
            : 'discount',
        );
        input = { ...input, discount: { kind: 'none' } };
      } else {
        problems.push('lines');
        return { priced: null, problems, lineField: error.field };
      }
    }
  }
  return { priced: null, problems };
}
