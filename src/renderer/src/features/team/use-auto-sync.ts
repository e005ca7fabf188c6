import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { refreshAfterSync } from './team-refresh';

/** How often a connected workbench syncs while it is open. */
export const AUTO_SYNC_MS = 5 * 60_000;
/** A window switched back and forth quickly syncs once, not on every switch. */
const MIN_GAP_MS = 30_000;

/**
 * Team mode in the background: while `connected`, calls team.sync every 5 minutes and when the
 * window gets focus again or the network comes back. Quiet: a failure is recorded by the service
 * as the last sync and shown under Settings → 团队, never as a notification.
 */
export function useAutoSync(connected: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!connected) return;
    let last = Date.now();
    let running = false;
    const sync = async (force: boolean) => {
      if (running || (!force && Date.now() - last < MIN_GAP_MS)) return;
      running = true;
      last = Date.now();
      try {
        const result = await call('team.sync', {});
        await refreshAfterSync(client, result.ok ? result.data : null);
      } finally {
        running = false;
      }
    };
    const onWake = () => void sync(false);
    const timer = window.setInterval(() => void sync(true), AUTO_SYNC_MS);
    window.addEventListener('focus', onWake);
    window.addEventListener('online', onWake);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onWake);
      window.removeEventListener('online', onWake);
    };
  }, [connected, client]);
}
