import { useQueries } from '@tanstack/react-query';
import type { ImportPreviewRow } from '../../../../../shared/api/prices';
import { request } from '../../../api/client';

/** Rows per request: a few screens' worth. */
export const PREVIEW_PAGE = 200;

export interface PreviewPages {
  /** The row at an index of the (filtered) preview, or undefined while its page loads. */
  rowAt(index: number): ImportPreviewRow | undefined;
  error: Error | null;
}

/**
 * The preview of an analysed file as one long list, fetched only where the user looks. The key
 * holds the analysis revision, so a new mapping never shows rows checked against an old one.
 */
export function usePreviewRows(
  jobId: string,
  revision: number,
  onlyErrors: boolean,
  total: number,
  firstIndex: number,
  lastIndex: number,
): PreviewPages {
  const pages: number[] = [];
  if (total > 0) {
    const lastPage = Math.floor(Math.min(Math.max(lastIndex, 0), total - 1) / PREVIEW_PAGE);
    for (let page = Math.floor(Math.max(firstIndex, 0) / PREVIEW_PAGE); page <= lastPage; page++) pages.push(page);
  }
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['imports.rows', jobId, revision, onlyErrors, page],
      queryFn: () => request('imports.rows', { jobId, offset: page * PREVIEW_PAGE, limit: PREVIEW_PAGE, onlyErrors }),
    })),
  });
  const byPage = new Map<number, ImportPreviewRow[]>();
  pages.forEach((page, i) => {
    const rows = results[i]?.data?.rows;
    if (rows) byPage.set(page, rows);
  });
  return {
    rowAt: (index) => byPage.get(Math.floor(index / PREVIEW_PAGE))?.[index % PREVIEW_PAGE],
    error: results.find((result) => result.error)?.error ?? null,
  };
}
