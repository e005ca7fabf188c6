import {
  Checkbox,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
  type NumberInputProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from './settings-form';

/** A whole-number input with its unit on the right ("万元", "%", "人"). */
export function WholeNumber({ unit, ...props }: NumberInputProps & { unit?: string; 'data-testid'?: string }) {
  return (
    <NumberInput
      allowDecimal={false}
      clampBehavior="none"
      rightSection={
        unit ? (
          <Text size="sm" c="dimmed" pr={4} style={{ whiteSpace: 'nowrap' }}>
            {unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={unit ? Math.max(32, unit.length * 9 + 16) : undefined}
      rightSectionPointerEvents="none"
      hideControls
      {...props}
    />
  );
}

function Subheading({ children }: { children: string }) {
  return (
    <Text size="sm" fw={600} c="dimmed" mt="xs">
      {children}
    </Text>
  );
}

function Hint({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" mt={-4}>
      {children}
    </Text>
  );
}

/** Customer qualification (客户定位): size thresholds, exclusions and the verdicts' score lines. */
export function QualificationSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const q = (field: string) => form.getInputProps(`qualification.${field}`);
  const k = 'opportunitySettings.qualification';
  const verdict = (v: string) => t(`opportunities.verdicts.${v}`);

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {t(`${k}.title`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${k}.hint`)}
      </Text>
      <Stack gap="sm">
        <Subheading>{t(`${k}.scale`)}</Subheading>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <WholeNumber
            label={t(`${k}.minHeadcountTrading`)}
            unit={t(`${k}.people`)}
            allowNegative={false}
            data-testid="opp-qual-minHeadcountTrading"
            {...q('minHeadcountTrading')}
          />
          <WholeNumber
            label={t(`${k}.minHeadcountProduction`)}
            unit={t(`${k}.people`)}
            allowNegative={false}
            data-testid="opp-qual-minHeadcountProduction"
            {...q('minHeadcountProduction')}
          />
          <WholeNumber
            label={t(`${k}.minSalesWan`)}
            unit={t(`${k}.wan`)}
            allowNegative={false}
            thousandSeparator=","
            data-testid="opp-qual-minSalesWan"
            {...q('minSalesWan')}
          />
          <WholeNumber
            label={t(`${k}.minGrossProfitWan`)}
            unit={t(`${k}.wan`)}
            allowNegative={false}
            thousandSeparator=","
            data-testid="opp-qual-minGrossProfitWan"
            {...q('minGrossProfitWan')}
          />
        </SimpleGrid>
        <Subheading>{t(`${k}.itBudget`)}</Subheading>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <WholeNumber
            label={t(`${k}.itBudgetPercentMin`)}
            unit="%"
            allowNegative={false}
            data-testid="opp-qual-itBudgetPercentMin"
            {...q('itBudgetPercentMin')}
          />
          <WholeNumber
            label={t(`${k}.itBudgetPercentMax`)}
            unit="%"
            allowNegative={false}
            data-testid="opp-qual-itBudgetPercentMax"
            {...q('itBudgetPercentMax')}
          />
        </SimpleGrid>
        <Hint>{t(`${k}.itBudgetHint`)}</Hint>
        <Subheading>{t(`${k}.exclusions`)}</Subheading>
        <TagsInput
          label={t(`${k}.excludedIndustries`)}
          description={t(`${k}.excludedIndustriesHint`)}
          placeholder={t(`${k}.excludedIndustriesPlaceholder`)}
          clearable
          splitChars={[',', '，', '、']}
          data-testid="opp-qual-excludedIndustries"
          {...q('excludedIndustries')}
        />
        <Checkbox
          label={t(`${k}.excludeRecentSoe`)}
          description={t(`${k}.excludeRecentSoeHint`)}
          data-testid="opp-qual-excludeRecentSoe"
          {...form.getInputProps('qualification.excludeRecentSoe', { type: 'checkbox' })}
        />
        <Subheading>{t(`${k}.verdicts`)}</Subheading>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <WholeNumber
            label={t(`${k}.focusScore`, { verdict: verdict('focus') })}
            unit={t(`${k}.points`)}
            allowNegative={false}
            data-testid="opp-qual-focusScore"
            {...q('focusScore')}
          />
          <WholeNumber
            label={t(`${k}.followScore`, { verdict: verdict('follow') })}
            unit={t(`${k}.points`)}
            allowNegative={false}
            data-testid="opp-qual-followScore"
            {...q('followScore')}
          />
        </SimpleGrid>
        <Hint>{t(`${k}.scoreHint`, { verdict: verdict('follow'), below: verdict('notRecommended') })}</Hint>
      </Stack>
    </Paper>
  );
}
