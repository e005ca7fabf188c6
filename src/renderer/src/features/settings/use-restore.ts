import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/notify';

/** Restores a backup, then reloads everything: every screen may show different data now. */
export function useRestore(): (name: string) => Promise<void> {
  const { t } = useTranslation();
  const client = useQueryClient();
  return async (name) => {
    try {
      const outcome = await request('backups.restore', { name });
      notifySuccess(t('backups.restored', { file: outcome.restored, safety: outcome.safetyBackup ?? '—' }));
    } catch (error) {
      notifyError(t('common.error'), error);
    }
    await client.invalidateQueries();
  };
}
