import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { PriceItem, SORT_FIELDS } from '../../../../shared/api/prices';
import type { ItemType } from '../../../../shared/prices/catalogue';
import { request } from '../../api/client';

export type SortField = (typeof SORT_FIELDS)[number];

export interface ItemFilter {
  versionId: number;
  query: string;
  categoryId: number | null;
  type: ItemType | null;
  sort: SortField;
  descending: boolean;
}

/** Rows per request: a few screens' worth, so scrolling asks rarely and each answer is small. */
export const PAGE_SIZE = 200;

/** The same key shape useMethod uses, so saving an item (which invalidates 'prices.items') refreshes every page. */
function pageQuery(filter: ItemFilter, page: number) {
  const input = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  return {
    queryKey: ['prices.items', input] as const,
    queryFn: () => request('prices.items', input),
  };
}

const NO_FILTER: ItemFilter = {
  versionId: 0,
  query: '',
  categoryId: null,
  type: null,
  sort: 'code',
  descending: false,
};

export interface PagedItems {
  /** Matching items in the whole version; null until the first page arrives. */
  total: number | null;
  /** The item at a row index, or undefined while its page loads. */
  rowAt(index: number): PriceItem | undefined;
  /** True while the first page for a new filter is on its way (the old rows stay meanwhile). */
  refreshing: boolean;
  error: Error | null;
}

/**
 * A version's items as one long list that is only ever fetched where the user looks: the
 * first page (for the total) plus the pages under the visible rows, each cached by react-query.
 */
export function usePagedItems(filter: ItemFilter | null, firstIndex: number, lastIndex: number): PagedItems {
  const first = useQuery({
    ...pageQuery(filter ?? NO_FILTER, 0),
    enabled: filter !== null,
    // A new search keeps the old rows on screen until the answer comes (no flash of emptiness),
    // but another version's rows never stand in for this one's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1].versionId === filter?.versionId ? keepPreviousData(previous) : undefined,
  });
  const pages: number[] = [];
  if (filter && first.data && !first.isPlaceholderData) {
    const lastPage = Math.floor(Math.min(lastIndex, Math.max(first.data.total - 1, 0)) / PAGE_SIZE);
    for (let page = Math.max(1, Math.floor(firstIndex / PAGE_SIZE)); page <= lastPage; page++) pages.push(page);
  }
  const more = useQueries({
    queries: filter ? pages.map((page) => pageQuery(filter, page)) : [],
  });
  const byPage = new Map<number, PriceItem[]>();
  if (first.data) byPage.set(0, first.data.rows);
  pages.forEach((page, i) => {
    const rows = more[i]?.data?.rows;
    if (rows) byPage.set(page, rows);
  });
  return {
    total: first.data?.total ?? null,
    rowAt: (index) => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    refreshing: first.isPlaceholderData || first.isFetching,
    error: first.error ?? more.find((result) => result.error)?.error ?? null,
  };
}
