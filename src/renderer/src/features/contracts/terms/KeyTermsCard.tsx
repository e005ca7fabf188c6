import { Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shareOf } from '../../../../../shared/contract-drafts/merge';
import type { ContractContent, ContractDetail } from '../../../../../shared/api/contract-drafts';
import { formatYuan } from '../../../../../shared/money';
import type { ErrorMap } from '../model/contract-model';
import { IntegerInput, PercentInput } from './TermInputs';
import { DateField } from '../../../components/DateField';

type Terms = ContractContent['terms'];

interface KeyTermsProps {
  detail: ContractDetail;
  content: ContractContent;
  editable: boolean;
  errors: ErrorMap;
  edit(change: (content: ContractContent) => ContractContent): void;
}

/** 主要条款: the contract's name and the terms its clauses refer to ({{terms.…}}); the figures come from the quote. */
export function KeyTermsCard({ detail, content, editable, errors, edit }: KeyTermsProps) {
  const { t } = useTranslation();
  const terms = content.terms;
  const set = <K extends keyof Terms>(key: K, value: Terms[K]) =>
    edit((c) => ({ ...c, terms: { ...c.terms, [key]: value } }));
  // The hints go under the boxes, so the boxes of a row stay aligned.
  const common = (key: keyof Terms) => ({
    readOnly: !editable,
    error: errors[`terms.${key}`],
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    'data-testid': `term-${key}`,
  });
  const label = (field: string) => t(`contracts.fields.${field}`);
  const maintenanceFen = shareOf(detail.deal.licenceFen, terms.maintenanceRateBp);
  const liabilityFen = shareOf(detail.deal.totalFen, terms.liabilityCapBp);

  return (
    <Paper withBorder radius="md" p="md" bg="white" data-testid="key-terms">
      <Stack gap="sm">
        <Title order={5}>{t('contractUi.terms.title')}</Title>
        <TextInput
          label={label('contract.title')}
          value={content.title}
          maxLength={120}
          readOnly={!editable}
          error={errors.title}
          onChange={(event) => {
            const title = event.currentTarget.value;
            edit((c) => ({ ...c, title }));
          }}
          data-testid="term-title"
        />
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            label={label('contract.signingPlace')}
            value={terms.signingPlace}
            maxLength={60}
            onChange={(event) => set('signingPlace', event.currentTarget.value)}
            {...common('signingPlace')}
          />
          <DateField
            label={label('contract.signingDate')}
            description={t('contractUi.terms.dateHint')}
            value={terms.signingDate}
            onChange={(value) => set('signingDate', value)}
            {...common('signingDate')}
          />
          <TextInput
            label={label('terms.disputeBody')}
            value={terms.disputeBody}
            maxLength={80}
            onChange={(event) => set('disputeBody', event.currentTarget.value)}
            {...common('disputeBody')}
          />
          <IntegerInput
            label={label('terms.implementationDays')}
            value={terms.implementationDays}
            onValue={(n) => set('implementationDays', n)}
            {...common('implementationDays')}
          />
          <IntegerInput
            label={label('terms.paymentDays')}
            value={terms.paymentDays}
            onValue={(n) => set('paymentDays', n)}
            {...common('paymentDays')}
          />
          <IntegerInput
            label={label('terms.warrantyMonths')}
            value={terms.warrantyMonths}
            onValue={(n) => set('warrantyMonths', n)}
            {...common('warrantyMonths')}
          />
          <PercentInput
            label={label('terms.maintenanceRate')}
            description={t('contractUi.terms.maintenanceFee', { amount: formatYuan(maintenanceFen) })}
            value={terms.maintenanceRateBp}
            onValue={(bp) => set('maintenanceRateBp', bp)}
            {...common('maintenanceRateBp')}
          />
          <PercentInput
            label={label('terms.liabilityCap')}
            description={t('contractUi.terms.liabilityAmount', { amount: formatYuan(liabilityFen) })}
            value={terms.liabilityCapBp}
            onValue={(bp) => set('liabilityCapBp', bp)}
            {...common('liabilityCapBp')}
          />
          <IntegerInput
            label={label('terms.copies')}
            value={terms.copies}
            onValue={(n) => set('copies', n)}
            {...common('copies')}
          />
          {detail.template.kind === 'trial' && (
            <IntegerInput
              label={label('terms.trialDays')}
              value={terms.trialDays}
              onValue={(n) => set('trialDays', n)}
              {...common('trialDays')}
            />
          )}
        </SimpleGrid>
        {editable && (
          <Text size="xs" c="dimmed">
            {t('contractUi.terms.hint', { field: '{{terms.…}}' })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
