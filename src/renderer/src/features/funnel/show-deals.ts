/**
 * Opens the opportunities list showing only the deals behind a funnel figure:
 * "#/opportunities/only/3,7,12/<label>" (the label says which figure, e.g. "阶段 3 提交初步方案").
 */
export function showDeals(ids: readonly number[], label: string): void {
  window.location.hash = `#/opportunities/only/${ids.join(',')}/${encodeURIComponent(label)}`;
}

/** The filter "#/opportunities/only/…" carries, or null for the plain list. */
export function parseShownDeals(detail: string): { ids: number[]; label: string } | null {
  const match = /^only\/([\d,]*)\/?(.*)$/.exec(detail);
  if (!match) return null;
  const ids = (match[1] ?? '')
    .split(',')
    .filter((s) => s !== '')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  let label = match[2] ?? '';
  try {
    label = decodeURIComponent(label);
  } catch {
    // A hand-edited address: show it as it is.
  }
  return { ids, label };
}
