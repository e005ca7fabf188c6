import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceRoleLabel } from '../../../../../shared/demo-script/texts';
import { AUDIENCE_ROLES, type AudienceRole } from '../../../../../shared/demo-script/types';
import { localeFromTag } from '../../../../../shared/locale';
import {
  addPoint,
  formatClock,
  LIMITS,
  pointRoles,
  type PointRole,
  type Problems,
  type Step,
} from '../model/script-model';
import classes from './editor.module.css';

/** Minutes as typed: an empty box is not a step of 0 minutes, so it is held until a number is typed. */
function MinutesInput({ value, onChange, error }: { value: number; onChange(n: number): void; error?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number>(value);
  const empty = text === '';
  return (
    <NumberInput
      label={t('demoScriptUi.step.minutes')}
      value={text}
      min={0}
      max={LIMITS.minutes}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      suffix={` ${t('demoScriptUi.step.minutesSuffix')}`}
      w={120}
      error={empty ? t('demoScriptUi.step.minutesEmpty') : error}
      onChange={(next) => {
        setText(next);
        if (typeof next === 'number' && Number.isInteger(next) && next >= 0 && next <= LIMITS.minutes) onChange(next);
      }}
      onBlur={() => {
        if (text === '') setText(value);
      }}
      data-testid="step-minutes-input"
    />
  );
}

function roleLabel(role: PointRole, locale: ReturnType<typeof localeFromTag>, everyone: string): string {
  return role === 'all' ? everyone : audienceRoleLabel(role, locale);
}

interface StepEditorProps {
  step: Step;
  start: number;
  audience: AudienceRole[];
  problems: Problems;
  change(update: (step: Step) => Step): void;
}

/**
 * The step chosen in the running order: title, minutes, why it is in the demo, what to have ready,
 * and what to say — to everyone and to each role in the audience.
 */
export function StepEditor({ step, start, audience, problems, change }: StepEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFromTag(i18n.language);
  const everyone = t('demoScriptUi.points.all');
  // The point just added gets the cursor.
  const [focus, setFocus] = useState<number | null>(null);
  const [focusItem, setFocusItem] = useState<number | null>(null);
  const at = step.id;
  const roles = pointRoles(step, audience);
  const others = AUDIENCE_ROLES.filter((role) => !roles.includes(role));
  const checklist = step.checklist ?? [];

  const add = (role: PointRole) => {
    const next = addPoint(step, role);
    const index = next.talkingPoints.findIndex((p, i) => p !== step.talkingPoints[i]);
    change(() => next);
    setFocus(index < 0 ? next.talkingPoints.length - 1 : index);
  };
  const setPoint = (index: number, text: string) =>
    change((s) => ({ ...s, talkingPoints: s.talkingPoints.map((p, i) => (i === index ? { ...p, text } : p)) }));
  const removePoint = (index: number) =>
    change((s) => ({ ...s, talkingPoints: s.talkingPoints.filter((_, i) => i !== index) }));
  const setItems = (update: (items: string[]) => string[]) =>
    change((s) => ({ ...s, checklist: update(s.checklist ?? []) }));

  return (
    <Paper
      withBorder
      radius="md"
      bg="white"
      style={{ overflow: 'hidden' }}
      data-testid="step-panel"
      data-step-id={step.id}
      data-kind={step.kind}
    >
      <Stack gap="xs" px="md" py="sm" className={classes.panelHead}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Badge tt="none" variant="light" color="indigo" data-testid="step-kind">
              {t(`demoScriptUi.kinds.${step.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed" data-testid="step-time">
              {t('demoScriptUi.step.time', { from: formatClock(start), to: formatClock(start + step.minutes) })}
            </Text>
          </Group>
        </Group>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('demoScriptUi.step.title')}
            value={step.title}
            maxLength={LIMITS.stepTitle}
            error={problems[`${at}.title`]}
            onChange={(event) => {
              const title = event.currentTarget.value;
              change((s) => ({ ...s, title }));
            }}
            style={{ flex: 1 }}
            data-testid="step-title-input"
          />
          <MinutesInput
            value={step.minutes}
            error={problems[`${at}.minutes`]}
            onChange={(minutes) => change((s) => ({ ...s, minutes }))}
          />
        </Group>
      </Stack>

      <Stack gap="lg" p="md">
        <Textarea
          label={t('demoScriptUi.step.purpose')}
          description={t('demoScriptUi.step.purposeHint')}
          value={step.purpose}
          maxLength={LIMITS.purpose}
          autosize
          minRows={2}
          maxRows={6}
          error={problems[`${at}.purpose`]}
          onChange={(event) => {
            const purpose = event.currentTarget.value;
            change((s) => ({ ...s, purpose }));
          }}
          data-testid="step-purpose"
        />

        <Stack gap="xs" data-testid="step-points">
          <Group justify="space-between" align="flex-end" wrap="nowrap">
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {t('demoScriptUi.points.title')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('demoScriptUi.points.hint')}
              </Text>
            </Stack>
            {others.length > 0 && (
              <Menu position="bottom-end" withinPortal shadow="md">
                <Menu.Target>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconUserPlus size={14} />}
                    rightSection={<IconChevronDown size={12} />}
                    data-testid="point-add-role"
                  >
                    {t('demoScriptUi.points.otherRole')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {others.map((role) => (
                    <Menu.Item key={role} onClick={() => add(role)} data-testid={`point-add-role-${role}`}>
                      {audienceRoleLabel(role, locale)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
          {problems[`${at}.points`] && (
            <Text size="xs" c="red.7">
              {problems[`${at}.points`]}
            </Text>
          )}
          {roles.map((role) => {
            const label = roleLabel(role, locale, everyone);
            const points = step.talkingPoints.flatMap((p, index) => (p.role === role ? [{ ...p, index }] : []));
            return (
              <div key={role} className={classes.roleGroup} data-testid="point-group" data-role={role}>
                <Group justify="space-between" px="sm" py={6} className={classes.roleHead}>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                    {role !== 'all' && !audience.includes(role) && (
                      <Tooltip label={t('demoScriptUi.points.notInAudienceHint')} withinPortal multiline maw={260}>
                        <Badge tt="none" size="xs" variant="light" color="gray">
                          {t('demoScriptUi.points.notInAudience')}
                        </Badge>
                      </Tooltip>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('demoScriptUi.points.count', { n: points.length })}
                    </Text>
                  </Group>
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconPlus size={12} />}
                    onClick={() => add(role)}
                    aria-label={t('demoScriptUi.points.addFor', { role: label })}
                    data-testid="point-add"
                  >
                    {t('demoScriptUi.points.add')}
                  </Button>
                </Group>
                <Stack gap={6} p="sm">
                  {points.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('demoScriptUi.points.none')}
                    </Text>
                  )}
                  {points.map((point) => (
                    <Group key={point.index} gap={6} align="flex-start" wrap="nowrap" data-testid="point-row">
                      <Textarea
                        value={point.text}
                        aria-label={t('demoScriptUi.points.textFor', { role: label })}
                        placeholder={t('demoScriptUi.points.placeholder')}
                        maxLength={LIMITS.point}
                        autosize
                        minRows={1}
                        maxRows={6}
                        autoFocus={focus === point.index}
                        error={problems[`${at}.points.${point.index}`]}
                        onChange={(event) => setPoint(point.index, event.currentTarget.value)}
                        style={{ flex: 1 }}
                        data-testid="point-text"
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={4}
                        aria-label={t('demoScriptUi.points.remove')}
                        onClick={() => removePoint(point.index)}
                        data-testid="point-remove"
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                </Stack>
              </div>
            );
          })}
        </Stack>

        <Stack gap="xs" data-testid="step-checklist">
          <Group justify="space-between" align="flex-end" wrap="nowrap">
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {t('demoScriptUi.checklist.title')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('demoScriptUi.checklist.hint')}
              </Text>
            </Stack>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={checklist.length >= LIMITS.checklist}
              onClick={() => {
                setItems((items) => [...items, '']);
                setFocusItem(checklist.length);
              }}
              data-testid="checklist-add"
            >
              {t('demoScriptUi.checklist.add')}
            </Button>
          </Group>
          {checklist.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('demoScriptUi.checklist.none')}
            </Text>
          )}
          {checklist.map((item, index) => (
            <Group key={index} gap={6} align="flex-start" wrap="nowrap" data-testid="checklist-row">
              <Text size="sm" c="dimmed" w={22} ta="right" mt={6} style={{ flexShrink: 0 }}>
                {index + 1}.
              </Text>
              <Textarea
                value={item}
                aria-label={t('demoScriptUi.checklist.item', { n: index + 1 })}
                maxLength={LIMITS.checklistItem}
                autosize
                minRows={1}
                maxRows={4}
                autoFocus={focusItem === index}
                error={problems[`${at}.checklist.${index}`]}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setItems((items) => items.map((x, i) => (i === index ? text : x)));
                }}
                style={{ flex: 1 }}
                data-testid="checklist-text"
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={t('demoScriptUi.checklist.remove', { n: index + 1 })}
                onClick={() => setItems((items) => items.filter((_, i) => i !== index))}
                data-testid="checklist-remove"
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
