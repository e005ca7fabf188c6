import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { approvalReasons, type ApprovalReason, type ApprovalRules } from '../../../../../shared/quotes/approval';
import type { PricedQuote } from '../../../../../shared/quotes/pricing';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { reasonText } from '../model/quote-format';

interface ApprovalFlagsOptions {
  detail: QuoteDetail;
  content: QuoteContent;
  priced: PricedQuote | null;
  /** The approval rules from the quote settings (undefined while they load). */
  rules: ApprovalRules | undefined;
  /** Edits not saved yet. */
  unsaved: boolean;
}

export interface ApprovalFlags {
  /** Why the quote as typed needs approval (the server's reasons until the rules have loaded). */
  reasons: ApprovalReason[];
  /** Line id → why that line needs approval. */
  flags: Map<string, string>;
}

/** What needs approval, worked out live on the content being typed, and the lines to mark for it. */
export function useApprovalFlags({ detail, content, priced, rules, unsaved }: ApprovalFlagsOptions): ApprovalFlags {
  const { t } = useTranslation();
  const reasons = useMemo(
    () =>
      priced && rules
        ? approvalReasons(content, priced, {
            minMarginBp: rules.minMarginBp,
            maxWholeDiscountBp: rules.maxWholeDiscountBp,
          })
        : detail.approvalReasons,
    [content, priced, rules, detail.approvalReasons],
  );
  // Lines that need approval are marked — until the quote is approved as it stands.
  const approvedAsIs = detail.approval !== null && detail.state !== 'draft' && detail.state !== 'pending';
  const flags = useMemo(() => {
    const map = new Map<string, string>();
    if (approvedAsIs && !unsaved) return map;
    for (const reason of reasons) if (reason.kind === 'belowFloor') map.set(reason.lineId, reasonText(reason, t));
    return map;
  }, [reasons, t, approvedAsIs, unsaved]);
  return { reasons, flags };
}
