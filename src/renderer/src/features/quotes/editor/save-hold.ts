import type { TFunction } from 'i18next';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { livePrice } from '../model/live-pricing';

/**
 * Why autosave should wait: a problem the server would refuse (payment shares not adding up to
 * 100 %, a target total it cannot reach) that the user is still fixing; null = save.
 */
export function saveHoldReason(c: QuoteContent, t: TFunction): string | null {
  const shares = c.milestones.reduce((sum, m) => sum + m.percentBp, 0);
  if (c.milestones.length > 0 && shares !== 10_000) return t('quoteUi.save.heldMilestones');
  if (c.discount.kind === 'targetTotal') {
    const { problems } = livePrice(c);
    if (problems.includes('targetAbove') || problems.includes('targetInclusiveOnly')) {
      return t('quoteUi.save.heldDiscount');
    }
  }
  return null;
}
