import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAction, useMethod } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { notifyError, notifySuccess } from '../../components/notify';

const AFFECTED = ['demo.status', 'db.info', 'company.get'] as const;

export function DemoDataCard() {
  const { t } = useTranslation();
  const status = useMethod('demo.status', {});
  const load = useAction('demo.load', [...AFFECTED]);
  const clear = useAction('demo.clear', [...AFFECTED]);
  const data = status.data;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="demo-card">
      <Title order={4} mb="sm">
        {t('demo.title')}
      </Title>
      <Text size="sm" mb="md" data-testid="demo-status">
        {data?.loaded ? t('demo.loaded', data) : t('demo.notLoaded')}
      </Text>
      <Group>
        <Button
          variant="light"
          leftSection={<IconDatabaseImport size={16} />}
          loading={load.isPending}
          disabled={data?.loaded}
          onClick={() =>
            load.mutate(
              {},
              {
                onSuccess: () => notifySuccess(t('demo.loadedNotice')),
                onError: (e) => notifyError(t('common.error'), e),
              },
            )
          }
        >
          {t('demo.load')}
        </Button>
        <ConfirmButton
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} />}
          disabled={!data?.loaded}
          loading={clear.isPending}
          title={t('demo.clearConfirmTitle')}
          message={t('demo.clearConfirm')}
          data-testid="demo-clear"
          onConfirm={() =>
            clear.mutateAsync({}).then(
              () => notifySuccess(t('demo.cleared')),
              (e: unknown) => notifyError(t('common.error'), e),
            )
          }
        >
          {t('demo.clear')}
        </ConfirmButton>
      </Group>
    </Paper>
  );
}
