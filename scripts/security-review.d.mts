/** Types of scripts/security-review.mjs, for the tests. */
export interface Finding {
  check: string;
  file: string;
  line: number;
  sample: string;
  description: string;
  url: string;
}
export interface ReviewedEntry {
  check: string;
  file: string;
  sample?: string;
  reason?: string;
}
export interface Review {
  accepted: { finding: Finding; reason: string }[];
  unreviewed: Finding[];
  withoutReason: ReviewedEntry[];
  stale: ReviewedEntry[];
  ok: boolean;
}
export function reviewFindings(findings: Finding[], reviewed: ReviewedEntry[]): Review;
export function entryFor(finding: Finding): Required<ReviewedEntry>;
