import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import Decimal from 'decimal.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, errorAt, moveSection, newId, todayIso } from '../model/proposal-model';
import { MergeTextInput, RowMoveButtons, type SectionEditorProps } from './common';
import classes from './sections.module.css';
import { DateField } from '../../../components/DateField';

function sum(values: string[]): Decimal | null {
  try {
    return values.reduce((total, v) => total.plus(new Decimal(v.trim() === '' ? '0' : v.trim())), new Decimal(0));
  } catch {
    return null;
  }
}

/** 实施计划: the project lead, phases with dates, milestones and person-days, and the team. */
export function PlanEditor({ section, change, data, at }: SectionEditorProps<'plan'>) {
  const { t } = useTranslation();
  type Phase = (typeof section.phases)[number];
  type Member = (typeof section.team)[number];
  const changePhase = (id: string, patch: Partial<Phase>) =>
    change((s) => ({ ...s, phases: s.phases.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const changeMember = (id: string, patch: Partial<Member>) =>
    change((s) => ({ ...s, team: s.team.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  const [added, setAdded] = useState<string | null>(null);
  const addPhase = () => {
    const id = newId('p');
    setAdded(id);
    change((s) => {
      const last = s.phases[s.phases.length - 1];
      const start = last && /^\d{4}-\d{2}-\d{2}$/.test(last.end) ? addDays(last.end, 1) : todayIso();
      return {
        ...s,
        phases: [...s.phases, { id, name: '', start, end: addDays(start, 13), milestone: '', personDays: '0' }],
      };
    });
  };
  const addMember = () => {
    const id = newId('t');
    setAdded(id);
    change((s) => ({ ...s, team: [...s.team, { id, role: '', name: '', personDays: '0' }] }));
  };

  const planDays = sum(section.phases.map((p) => p.personDays));
  const teamDays = sum(section.team.map((m) => m.personDays));
  const quoteDays = data.quote
    ? sum(data.quote.content.lines.filter((l) => !l.optional && l.unit === '人天').map((l) => l.quantity))
    : null;
  const agrees = planDays !== null && quoteDays !== null && planDays.equals(quoteDays);

  return (
    <Stack gap="lg">
      <MergeTextInput
        label={t('libraryUi.plan.lead')}
        placeholder={t('libraryUi.plan.leadPlaceholder')}
        value={section.lead}
        maxLength={40}
        error={errorAt(data.errors, `${at}.lead`)}
        onChange={(lead) => change((s) => ({ ...s, lead }))}
        testId="plan-lead"
      />
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={6}>{t('libraryUi.plan.phases')}</Title>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={addPhase}
            disabled={section.phases.length >= 30}
            data-testid="plan-add-phase"
          >
            {t('libraryUi.plan.addPhase')}
          </Button>
        </Group>
        <div className={classes.reqGrid} data-testid="plan-phases">
          <div className={`${classes.reqHead} ${classes.phaseCols}`}>
            <span>#</span>
            <span>{t('libraryUi.plan.columns.name')}</span>
            <span>{t('libraryUi.plan.columns.start')}</span>
            <span>{t('libraryUi.plan.columns.end')}</span>
            <span>{t('libraryUi.plan.columns.personDays')}</span>
            <span />
          </div>
          {section.phases.map((phase, index) => {
            const rowAt = `${at}.phases.${phase.id}`;
            const backwards = /^\d{4}-\d{2}-\d{2}$/.test(phase.start) && phase.end !== '' && phase.end < phase.start;
            return (
              <div key={phase.id} className={`${classes.reqRow} ${classes.phaseCols}`} data-testid="plan-phase">
                <Text size="sm" c="dimmed" mt={6} ta="right">
                  {index + 1}
                </Text>
                <Stack gap={4}>
                  <TextInput
                    aria-label={t('libraryUi.plan.columns.name')}
                    placeholder={t('libraryUi.plan.columns.name')}
                    value={phase.name}
                    autoFocus={phase.id === added}
                    maxLength={60}
                    size="sm"
                    error={errorAt(data.errors, `${rowAt}.name`)}
                    onChange={(event) => changePhase(phase.id, { name: event.currentTarget.value })}
                    data-testid="phase-name"
                  />
                  <TextInput
                    aria-label={t('libraryUi.plan.columns.milestone')}
                    placeholder={t('libraryUi.plan.milestonePlaceholder')}
                    value={phase.milestone}
                    maxLength={120}
                    size="xs"
                    error={errorAt(data.errors, `${rowAt}.milestone`)}
                    onChange={(event) => changePhase(phase.id, { milestone: event.currentTarget.value })}
                    data-testid="phase-milestone"
                  />
                </Stack>
                <DateField
                  aria-label={t('libraryUi.plan.columns.start')}
                  value={phase.start}
                  size="sm"
                  error={errorAt(data.errors, `${rowAt}.start`)}
                  onChange={(value) => changePhase(phase.id, { start: value })}
                  data-testid="phase-start"
                />
                <DateField
                  aria-label={t('libraryUi.plan.columns.end')}
                  value={phase.end}
                  size="sm"
                  error={
                    errorAt(data.errors, `${rowAt}.end`) ?? (backwards ? t('libraryUi.plan.endBeforeStart') : undefined)
                  }
                  onChange={(value) => changePhase(phase.id, { end: value })}
                  data-testid="phase-end"
                />
                <TextInput
                  aria-label={t('libraryUi.plan.columns.personDays')}
                  value={phase.personDays}
                  inputMode="decimal"
                  size="sm"
                  error={errorAt(data.errors, `${rowAt}.personDays`)}
                  onChange={(event) => changePhase(phase.id, { personDays: event.currentTarget.value.trim() })}
                  styles={{ input: { textAlign: 'right' } }}
                  data-testid="phase-days"
                />
                <Group gap={0} wrap="nowrap">
                  <RowMoveButtons
                    index={index}
                    count={section.phases.length}
                    onMove={(to) => change((s) => ({ ...s, phases: moveSection(s.phases, index, to) }))}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    mt={4}
                    aria-label={t('libraryUi.common.remove')}
                    onClick={() => change((s) => ({ ...s, phases: s.phases.filter((p) => p.id !== phase.id) }))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              </div>
            );
          })}
          {section.phases.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('libraryUi.plan.noPhases')}
            </Text>
          )}
        </div>
        <Group gap="xs" justify="flex-end" data-testid="plan-totals">
          <Text size="sm">
            {t('libraryUi.plan.total')}{' '}
            <Text span fw={700} data-testid="plan-total">
              {planDays === null ? '—' : planDays.toString()}
            </Text>{' '}
            {t('libraryUi.plan.days')}
          </Text>
          {quoteDays !== null && (
            <Badge tt="none" variant="light" color={agrees ? 'teal' : 'orange'} data-testid="plan-quote-days">
              {t('libraryUi.plan.quoteDays', { n: quoteDays.toString() })}
            </Badge>
          )}
        </Group>
      </Stack>
      {data.warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('libraryUi.plan.serverCheck')}
          data-testid="plan-warnings"
        >
          {data.warnings.map((warning) => (
            <Text key={warning} size="sm">
              {warning}
            </Text>
          ))}
        </Alert>
      )}
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={6}>{t('libraryUi.plan.team')}</Title>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={addMember}
            disabled={section.team.length >= 30}
            data-testid="plan-add-member"
          >
            {t('libraryUi.plan.addMember')}
          </Button>
        </Group>
        <Table withTableBorder verticalSpacing={6} className={classes.rowsTable} data-testid="plan-team">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('libraryUi.plan.columns.role')}</Table.Th>
              <Table.Th>{t('libraryUi.plan.columns.member')}</Table.Th>
              <Table.Th w={100}>{t('libraryUi.plan.columns.personDays')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.team.map((member) => {
              const rowAt = `${at}.team.${member.id}`;
              return (
                <Table.Tr key={member.id} data-testid="plan-member">
                  <Table.Td>
                    <TextInput
                      aria-label={t('libraryUi.plan.columns.role')}
                      value={member.role}
                      autoFocus={member.id === added}
                      maxLength={40}
                      size="sm"
                      error={errorAt(data.errors, `${rowAt}.role`)}
                      onChange={(event) => changeMember(member.id, { role: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('libraryUi.plan.columns.member')}
                      value={member.name}
                      maxLength={40}
                      size="sm"
                      error={errorAt(data.errors, `${rowAt}.name`)}
                      onChange={(event) => changeMember(member.id, { name: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('libraryUi.plan.columns.personDays')}
                      value={member.personDays}
                      inputMode="decimal"
                      size="sm"
                      error={errorAt(data.errors, `${rowAt}.personDays`)}
                      onChange={(event) => changeMember(member.id, { personDays: event.currentTarget.value.trim() })}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={4}
                      aria-label={t('libraryUi.common.remove')}
                      onClick={() => change((s) => ({ ...s, team: s.team.filter((m) => m.id !== member.id) }))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {section.team.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" ta="center">
                    {t('libraryUi.plan.noTeam')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {section.team.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Td colSpan={2} ta="right" fw={600}>
                  {t('libraryUi.plan.total')}
                </Table.Td>
                <Table.Td ta="right" fw={700} data-testid="team-total">
                  {teamDays === null ? '—' : teamDays.toString()}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Stack>
    </Stack>
  );
}
