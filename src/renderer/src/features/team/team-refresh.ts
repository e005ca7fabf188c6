import type { QueryClient } from '@tanstack/react-query';
import type { SyncResult } from '../../../../shared/api/team';

/** Data a sync can change here: the team's price lists, own quotes from other machines, decisions. */
const PULLED_INTO = /^(prices|quotes|opportunities|funnel)\./;

/**
 * Refreshes what a sync may have changed: always the team status (last sync, pending,
 * conflicts), and the price lists and quotes when something came down. Reads are named one by
 * one, not everything: a settings form keyed on its data would start over on a refetch.
 */
export async function refreshAfterSync(client: QueryClient, result: SyncResult | null): Promise<void> {
  const pulled = result !== null && result.pulled + result.priceVersions + result.decisions > 0;
  await client.invalidateQueries({
    predicate: (query) => {
      const method = query.queryKey[0];
      if (typeof method !== 'string') return false;
      return method.startsWith('team.') || (pulled && PULLED_INTO.test(method));
    },
  });
}
