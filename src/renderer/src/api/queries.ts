import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, Method, OutputOf } from '../../../shared/api';
import { request } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // A local database: data changes only through this UI, so refetch on purpose, not on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    mutations: { retry: false },
  },
});

/** Reads through a contract method; the cache key is the method name and its input. */
export function useMethod<M extends Method>(method: M, input: InputOf<M>) {
  return useQuery<OutputOf<M>>({ queryKey: [method, input], queryFn: () => request(method, input) });
}

/** Changes through a contract method, then refreshes the listed reads. */
export function useAction<M extends Method>(method: M, invalidates: Method[] = []) {
  const client = useQueryClient();
  return useMutation<OutputOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => request(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => client.invalidateQueries({ queryKey: [m] })));
    },
  });
}
