import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconLock, IconPlugConnected, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/api';
import { CallError, request } from '../../api/client';
import { notifySuccess } from '../../components/notify';

interface Address {
  url: string;
  user: string;
  password: string;
}

/** The address as the contract takes it: an empty password means "the one kept" (or the environment's). */
function toInput(address: Address) {
  return {
    url: address.url.trim(),
    user: address.user.trim(),
    ...(address.password === '' ? {} : { password: address.password }),
  };
}

/** Where the password is kept: the system keychain in the app, memory (or the environment) in a browser. */
function passwordHint(t: TFunction): string {
  return window.presales ? t('teamUi.form.passwordApp') : t('teamUi.form.passwordBrowser');
}

/** "Connected as rep_a (销售)", with the server's version when it said it. */
function testOutcome(who: OutputOf<'team.test'>, t: TFunction): string {
  const ok = t('teamUi.form.testOk', {
    who: who.displayName && who.displayName !== who.user ? `${who.displayName} · ${who.user}` : who.user,
    role: t(`team.roles.${who.role}`),
  });
  return who.server ? t('teamUi.form.testServer', { ok, server: who.server }) : ok;
}

/** Single-user mode: the team server's address, the user and password; test the login, then join. */
export function TeamJoinForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [address, setAddress] = useState<Address>({ url: '', user: '', password: '' });
  const test = useMutation({ mutationFn: (input: Address) => request('team.test', toInput(input)) });
  const join = useMutation({
    mutationFn: (input: Address) => request('team.connect', toInput(input)),
    onSuccess: async (status) => {
      notifySuccess(t('teamUi.form.joined', { user: status.user, role: t(`team.roles.${status.role ?? 'rep'}`) }));
      await client.invalidateQueries({ queryKey: ['team.status'] });
      await client.invalidateQueries({ queryKey: ['team.approvals'] });
    },
  });
  // Each button clears the other's outcome: what is shown is the last attempt's.
  const error = test.error ?? join.error;
  const fields = error instanceof CallError ? error.error.fields : {};
  const set = (patch: Partial<Address>) => setAddress({ ...address, ...patch });

  return (
    <Stack gap="md" data-testid="team-join-form">
      <Group gap="xs">
        <IconUsersGroup size={20} stroke={1.6} />
        <Title order={4}>{t('teamUi.form.title')}</Title>
      </Group>
      <Text size="sm" data-testid="team-mode-single">
        {t('teamUi.single')}
      </Text>
      <TextInput
        label={t('teamUi.form.url')}
        placeholder={t('teamUi.form.urlPlaceholder')}
        value={address.url}
        onChange={(e) => set({ url: e.currentTarget.value })}
        error={fields.url}
        ff="monospace"
        data-testid="team-url"
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('teamUi.form.user')}
          placeholder={t('teamUi.form.userPlaceholder')}
          value={address.user}
          onChange={(e) => set({ user: e.currentTarget.value })}
          error={fields.user}
          autoComplete="username"
          data-testid="team-user"
        />
        <PasswordInput
          label={t('teamUi.form.password')}
          value={address.password}
          onChange={(e) => set({ password: e.currentTarget.value })}
          error={fields.password}
          autoComplete="current-password"
          data-testid="team-password"
        />
      </Group>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" data-testid="team-password-hint">
          {passwordHint(t)}
        </Text>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconLock size={14} style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed" data-testid="team-tls-note">
            {t('teamUi.form.tls')}
          </Text>
        </Group>
      </Stack>
      {error && Object.keys(fields).length === 0 && (
        <Alert color="red" variant="light" data-testid="team-form-error">
          {error.message}
        </Alert>
      )}
      {test.data && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="team-test-result">
          {testOutcome(test.data, t)}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlugConnected size={16} />}
          loading={test.isPending}
          disabled={join.isPending}
          onClick={() => {
            join.reset();
            test.mutate(address);
          }}
          data-testid="team-test"
        >
          {t('teamUi.form.test')}
        </Button>
        <Button
          leftSection={<IconUsersGroup size={16} />}
          loading={join.isPending}
          disabled={test.isPending}
          onClick={() => {
            test.reset();
            join.mutate(address);
          }}
          data-testid="team-join"
        >
          {t('teamUi.form.join')}
        </Button>
      </Group>
    </Stack>
  );
}
