import {
  Accordion,
  Badge,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GATE_KINDS } from '../../../../../shared/opportunities/stages';
import type { SettingsForm } from './settings-form';

interface StagesSectionProps {
  form: SettingsForm;
  /** Open accordion items ("stage-4"). */
  opened: string[];
  onOpenedChange(opened: string[]): void;
  /** Stages (1–8) with an error on one of their fields. */
  withErrors: number[];
}

/** The eight stages: name, milestone and success criterion in both languages, gates and base probability. */
export function StagesSection({ form, opened, onOpenedChange, withErrors }: StagesSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const gateOptions = GATE_KINDS.map((g) => ({ value: g, label: t(`opportunities.gates.${g}`) }));

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {t('opportunitySettings.stages.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('opportunitySettings.stages.hint')}
      </Text>
      <Accordion multiple value={opened} onChange={onOpenedChange} variant="contained" chevronPosition="left">
        {form.values.stages.map((stage, i) => {
          const path = `stages.${i}`;
          const probability = typeof stage.probability === 'number' ? stage.probability : '–';
          return (
            <Accordion.Item key={stage.number} value={`stage-${stage.number}`}>
              <Accordion.Control data-testid={`opp-stage-${stage.number}`}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap" miw={0}>
                    <Badge variant="filled" circle size="lg">
                      {stage.number}
                    </Badge>
                    <Text fw={500} truncate>
                      {stage.name[lang] || stage.name['zh-CN']}
                    </Text>
                    {withErrors.includes(stage.number) && (
                      <Badge color="red" variant="light">
                        {t('opportunitySettings.stages.hasErrors')}
                      </Badge>
                    )}
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    {stage.gates.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('opportunitySettings.stages.noGates')}
                      </Text>
                    ) : (
                      stage.gates.map((g) => (
                        <Badge key={g} variant="light" color="gray" size="sm">
                          {t(`opportunities.gates.${g}`)}
                        </Badge>
                      ))
                    )}
                    <Text size="sm" fw={600} w={48} ta="right" data-testid={`opp-stage-${stage.number}-summary`}>
                      {t('opportunitySettings.stages.probabilityShort', { percent: probability })}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
                  <TextInput
                    label={t('opportunitySettings.stages.nameZh')}
                    withAsterisk
                    data-testid={`opp-stage-${stage.number}-name-zh`}
                    {...form.getInputProps(`${path}.name.zh-CN`)}
                  />
                  <TextInput
                    label={t('opportunitySettings.stages.nameEn')}
                    withAsterisk
                    data-testid={`opp-stage-${stage.number}-name-en`}
                    {...form.getInputProps(`${path}.name.en`)}
                  />
                  <Textarea
                    label={t('opportunitySettings.stages.milestoneZh')}
                    autosize
                    minRows={1}
                    data-testid={`opp-stage-${stage.number}-milestone-zh`}
                    {...form.getInputProps(`${path}.milestone.zh-CN`)}
                  />
                  <Textarea
                    label={t('opportunitySettings.stages.milestoneEn')}
                    autosize
                    minRows={1}
                    data-testid={`opp-stage-${stage.number}-milestone-en`}
                    {...form.getInputProps(`${path}.milestone.en`)}
                  />
                  <Textarea
                    label={t('opportunitySettings.stages.successZh')}
                    autosize
                    minRows={1}
                    data-testid={`opp-stage-${stage.number}-success-zh`}
                    {...form.getInputProps(`${path}.success.zh-CN`)}
                  />
                  <Textarea
                    label={t('opportunitySettings.stages.successEn')}
                    autosize
                    minRows={1}
                    data-testid={`opp-stage-${stage.number}-success-en`}
                    {...form.getInputProps(`${path}.success.en`)}
                  />
                  <MultiSelect
                    label={t('opportunitySettings.stages.gates')}
                    description={t('opportunitySettings.stages.gatesHint')}
                    placeholder={stage.gates.length === 0 ? t('opportunitySettings.stages.noGates') : undefined}
                    data={gateOptions}
                    clearable
                    data-testid={`opp-stage-${stage.number}-gates`}
                    {...form.getInputProps(`${path}.gates`)}
                  />
                  <NumberInput
                    label={t('opportunitySettings.stages.probability')}
                    description={t('opportunitySettings.stages.probabilityHint')}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    rightSection="%"
                    data-testid={`opp-stage-${stage.number}-probability`}
                    {...form.getInputProps(`${path}.probability`)}
                  />
                </SimpleGrid>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Paper>
  );
}
