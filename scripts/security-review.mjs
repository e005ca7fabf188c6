/**
 * Compares Electronegativity's findings with the reviewed list (security/electronegativity-reviewed.json).
 * Pure; used by scripts/check-electron-security.mjs and tested in test/packaging/security-review.test.ts.
 *
 * A reviewed entry names the check, the file (from the repository root) and the flagged source
 * text ("sample"), so a new finding of the same kind elsewhere — or a change to the reviewed
 * code — needs a review of its own. Line numbers are not part of it: they move with every edit.
 */

/** The key a finding and a reviewed entry share. */
function keyOf({ check, file, sample }) {
  return JSON.stringify([check, file, sample ?? '']);
}

/**
 * @param findings  [{ check, file, line, sample, description, url }]
 * @param reviewed  the list's entries: [{ check, file, sample, reason }]
 * @returns what passes (reviewed findings with their reason) and what does not: findings nobody
 *          reviewed, entries without a reason, and entries that match nothing any more.
 */
export function reviewFindings(findings, reviewed) {
  const withoutReason = reviewed.filter((entry) => typeof entry.reason !== 'string' || entry.reason.trim() === '');
  const byKey = new Map(
    reviewed.filter((entry) => !withoutReason.includes(entry)).map((entry) => [keyOf(entry), entry]),
  );
  const accepted = [];
  const unreviewed = [];
  const matchedKeys = new Set();
  for (const finding of findings) {
    const entry = byKey.get(keyOf(finding));
    if (entry) {
      accepted.push({ finding, reason: entry.reason });
      matchedKeys.add(keyOf(entry));
    } else {
      unreviewed.push(finding);
    }
  }
  const stale = [...byKey.values()].filter((entry) => !matchedKeys.has(keyOf(entry)));
  return {
    accepted,
    unreviewed,
    withoutReason,
    stale,
    ok: unreviewed.length + withoutReason.length + stale.length === 0,
  };
}

/** The entry to paste into the list once a finding has been reviewed (the reason is still to be written). */
export function entryFor(finding) {
  return { check: finding.check, file: finding.file, sample: finding.sample ?? '', reason: '…why this is safe…' };
}
