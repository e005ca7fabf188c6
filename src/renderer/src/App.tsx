import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from './api/queries';
import { DatabaseErrorScreen } from './features/database/DatabaseErrorScreen';
import { LocaleGate } from './components/LocaleGate';
import { Shell } from './Shell';

/** Opens on the database status: the workbench when it is usable, the restore screen when not. */
export function App() {
  const { t } = useTranslation();
  const status = useMethod('app.status', {});
  if (!status.data) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Loader />
          <Text c="dimmed">{status.error ? status.error.message : t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  if (status.data.state === 'unavailable') return <DatabaseErrorScreen status={status.data} />;
  return (
    <LocaleGate>
      <Shell />
    </LocaleGate>
  );
}
