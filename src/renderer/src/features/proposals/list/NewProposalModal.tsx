import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction, useMethod } from '../../../api/queries';
import { notifySuccess, showFieldErrors } from '../../../components/notify';
import { CustomerSelect, QuoteSelect, SolutionSelect } from './pickers';
import { SubmitForm } from '../../../components/SubmitForm';

/** The opportunity (商机) a document is made for: its customer is fixed. */
export interface ForOpportunity {
  id: number;
  customerId: number;
}

function NewProposalForm({
  onCreated,
  onCancel,
  opportunity,
}: {
  onCreated(id: number): void;
  onCancel(): void;
  opportunity?: ForOpportunity | undefined;
}) {
  const { t } = useTranslation();
  const customers = useMethod('customers.list', { query: '' });
  const [customerId, setCustomerId] = useState<number | null>(opportunity?.customerId ?? null);
  const [solutionId, setSolutionId] = useState<number | null>(null);
  const [quoteRevisionId, setQuoteRevisionId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useAction('proposals.create', ['proposals.list', 'opportunities.get', 'opportunities.list']);
  const customerName = customers.data?.find((c) => c.id === customerId)?.name ?? null;

  const submit = async () => {
    try {
      const created = await create.mutateAsync({
        customerId,
        solutionId,
        quoteRevisionId,
        title: title.trim(),
        opportunityId: opportunity?.id ?? null,
      });
      notifySuccess(t('libraryUi.proposals.created'));
      onCreated(created.id);
    } catch (error) {
      showFieldErrors(error, setErrors, t('common.error'));
    }
  };

  return (
    <SubmitForm onSubmit={submit} testId="new-proposal-form">
      <Stack gap="sm">
        <CustomerSelect
          disabled={opportunity !== undefined}
          value={customerId}
          onChange={(id) => {
            setCustomerId(id);
            // A quote belongs to one customer.
            setQuoteRevisionId(null);
          }}
          error={errors.customerId}
          testId="new-proposal-customer"
        />
        <SolutionSelect
          value={solutionId}
          onChange={setSolutionId}
          error={errors.solutionId}
          testId="new-proposal-solution"
        />
        <QuoteSelect
          value={quoteRevisionId}
          onChange={setQuoteRevisionId}
          customerName={customerName}
          error={errors.quoteRevisionId}
          testId="new-proposal-quote"
        />
        <TextInput
          label={t('libraryUi.builder.titleLabel')}
          placeholder={t('libraryUi.proposals.titlePlaceholder')}
          description={t('libraryUi.proposals.titleHint', { example: '{{customer.shortName}}' })}
          value={title}
          maxLength={200}
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-testid="new-proposal-title"
        />
        <Alert variant="light" color="indigo">
          <Text size="sm">{t('libraryUi.proposals.createHint')}</Text>
        </Alert>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconFilePlus size={16} />}
            data-testid="new-proposal-create"
          >
            {t('libraryUi.proposals.create')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 新建方案书: for which customer, with which solution and (optionally) priced by which quote. */
export function NewProposalModal({
  opened,
  onClose,
  onCreated,
  opportunity,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: number): void;
  opportunity?: ForOpportunity | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('libraryUi.proposals.new')} size="lg" data-testid="new-proposal">
      {opened && <NewProposalForm onCreated={onCreated} onCancel={onClose} opportunity={opportunity} />}
    </Modal>
  );
}
