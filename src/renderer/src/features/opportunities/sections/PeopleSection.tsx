import { ActionIcon, Alert, Button, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_ROLES } from '../../../../../shared/demo-script/types';
import { audienceRoleLabel } from '../../../../../shared/demo-script/texts';
import { localeFromTag } from '../../../../../shared/locale';
import { DECISION_ROLES, INFLUENCES, STANCES, guessAudienceRole } from '../../../../../shared/opportunities/people';
import { nextId } from '../page/use-opportunity-draft';
import type { SectionProps } from './section-props';
import { DateField } from '../../../components/DateField';

/** Key persons: who they are, their part in the decision, stance, influence, demo role, last contact. */
export function PeopleSection({ detail, record, edit, errors }: SectionProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFromTag(i18n.language);
  type Person = (typeof record.people)[number];
  const set = (id: string, patch: Partial<Person>) =>
    edit((r) => ({ ...r, people: r.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const options = (values: readonly string[], key: string) =>
    values.map((v) => ({ value: v, label: t(`opportunities.${key}.${v}`) }));
  return (
    <Stack gap="md" data-testid="section-people">
      <Text size="sm" c="dimmed">
        {t('opportunityUi.people.intro')}
      </Text>
      {detail.peopleWarnings.map((w) => (
        <Alert key={w.key} color="orange" py={6} data-testid="people-warning" data-warning={w.key}>
          {w.message}
        </Alert>
      ))}
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        {record.people.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg">
            {t('opportunityUi.people.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" miw={1100} data-testid="people-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('opportunityUi.people.name')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.title')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.role')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.stance')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.influence')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.audience')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.phone')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.lastContact')}</Table.Th>
                <Table.Th>{t('opportunityUi.people.notes')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.people.map((p, i) => (
                <Table.Tr key={p.id} data-testid="person-row">
                  <Table.Td w={110}>
                    <TextInput
                      size="xs"
                      value={p.name}
                      maxLength={40}
                      error={errors[`record.people.${i}.name`]}
                      onChange={(e) => set(p.id, { name: e.currentTarget.value })}
                      data-testid="person-name"
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <TextInput
                      size="xs"
                      value={p.title}
                      maxLength={60}
                      onChange={(e) => {
                        const title = e.currentTarget.value;
                        // A first guess of the demo role from the title, until one is chosen.
                        set(
                          p.id,
                          p.audienceRole === null ? { title, audienceRole: guessAudienceRole(title) } : { title },
                        );
                      }}
                      data-testid="person-title"
                    />
                  </Table.Td>
                  <Table.Td w={110}>
                    <Select
                      size="xs"
                      data={options(DECISION_ROLES, 'roles')}
                      value={p.role}
                      allowDeselect={false}
                      onChange={(v) => v && set(p.id, { role: v as Person['role'] })}
                      data-testid="person-role"
                    />
                  </Table.Td>
                  <Table.Td w={110}>
                    <Select
                      size="xs"
                      data={options(STANCES, 'stances')}
                      value={p.stance}
                      allowDeselect={false}
                      onChange={(v) => v && set(p.id, { stance: v as Person['stance'] })}
                      data-testid="person-stance"
                    />
                  </Table.Td>
                  <Table.Td w={110}>
                    <Select
                      size="xs"
                      data={options(INFLUENCES, 'influences')}
                      value={p.influence}
                      allowDeselect={false}
                      onChange={(v) => v && set(p.id, { influence: v as Person['influence'] })}
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <Select
                      size="xs"
                      data={AUDIENCE_ROLES.map((r) => ({ value: r, label: audienceRoleLabel(r, locale) }))}
                      value={p.audienceRole}
                      placeholder={t('opportunityUi.people.noAudience')}
                      clearable
                      onChange={(v) => set(p.id, { audienceRole: (v as Person['audienceRole']) ?? null })}
                      data-testid="person-audience"
                    />
                  </Table.Td>
                  <Table.Td w={120}>
                    <TextInput
                      size="xs"
                      value={p.phone}
                      maxLength={40}
                      onChange={(e) => set(p.id, { phone: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <DateField
                      size="xs"
                      value={p.lastContact}
                      error={errors[`record.people.${i}.lastContact`]}
                      onChange={(value) => set(p.id, { lastContact: value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={p.notes}
                      maxLength={1000}
                      onChange={(e) => set(p.id, { notes: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('opportunityUi.people.remove')}
                      onClick={() => edit((r) => ({ ...r, people: r.people.filter((x) => x.id !== p.id) }))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Button
        w="fit-content"
        size="xs"
        variant="light"
        leftSection={<IconUserPlus size={14} />}
        onClick={() =>
          edit((r) => ({
            ...r,
            people: [
              ...r.people,
              {
                id: nextId('p', r.people),
                name: '',
                title: '',
                role: 'participant',
                stance: 'unknown',
                influence: 'medium',
                audienceRole: null,
                phone: '',
                lastContact: '',
                notes: '',
              },
            ],
          }))
        }
        data-testid="person-add"
      >
        {t('opportunityUi.people.add')}
      </Button>
    </Stack>
  );
}
