import type { QuoteDetail } from '../../../../../shared/api/quotes';

type RevisionSummary = QuoteDetail['revisions'][number];

/** The revision before this one (to compare with) and the newest revision of the quote (A, B, … Z, AA). */
export function revisionNeighbours(detail: QuoteDetail): {
  previous: RevisionSummary | null;
  latest: RevisionSummary | undefined;
} {
  const revisions = [...detail.revisions].sort(
    (a, b) => a.revision.length - b.revision.length || a.revision.localeCompare(b.revision),
  );
  const position = revisions.findIndex((r) => r.revisionId === detail.revisionId);
  const previous = (position > 0 ? revisions[position - 1] : undefined) ?? null;
  const latest = revisions[revisions.length - 1];
  return { previous, latest };
}
