import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { useAction } from '../../../api/queries';
import { notifySuccess, showFieldErrors } from '../../../components/notify';
import { CustomerPicker } from '../customers/CustomerPicker';
import { quoteRef } from '../model/quote-format';
import { SubmitForm } from '../../../components/SubmitForm';

/** The opportunity (商机) a quote is made for: its customer is fixed. */
export interface ForOpportunityQuote {
  id: number;
  customerId: number;
}

function NewQuoteForm({
  onCreated,
  onCancel,
  opportunity,
}: {
  onCreated(detail: QuoteDetail): void;
  onCancel(): void;
  opportunity?: ForOpportunityQuote | undefined;
}) {
  const { t } = useTranslation();
  const [customerId, setCustomerId] = useState<number | null>(opportunity?.customerId ?? null);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useAction('quotes.create', ['quotes.list', 'opportunities.get', 'opportunities.list']);
  const submit = async () => {
    if (customerId === null) {
      setErrors({ customerId: t('quoteUi.newQuote.customerRequired') });
      return;
    }
    try {
      const detail = await create.mutateAsync({
        customerId,
        title: title.trim(),
        opportunityId: opportunity?.id ?? null,
      });
      notifySuccess(t('quoteUi.newQuote.created', { ref: quoteRef(detail) }));
      onCreated(detail);
    } catch (error) {
      showFieldErrors(error, setErrors, t('common.error'));
    }
  };
  return (
    <SubmitForm onSubmit={submit} testId="new-quote-form">
      <Stack gap="sm">
        <CustomerPicker
          value={customerId}
          disabled={opportunity !== undefined}
          withAsterisk
          error={errors.customerId}
          onChange={(id) => {
            setCustomerId(id);
            setErrors((e) => ({ ...e, customerId: '' }));
          }}
        />
        <TextInput
          label={t('quoteUi.header.title')}
          placeholder={t('quoteUi.header.titlePlaceholder')}
          value={title}
          maxLength={200}
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-testid="new-quote-title"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconFilePlus size={16} />}
            data-testid="new-quote-create"
          >
            {t('quoteUi.newQuote.create')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 新建报价: for which customer (an existing one, or a new one created here), then the editor opens. */
export function NewQuoteModal({
  opened,
  onClose,
  onCreated,
  opportunity,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(detail: QuoteDetail): void;
  opportunity?: ForOpportunityQuote | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quoteUi.newQuote.title')}
      size="lg"
      data-testid="new-quote-modal"
    >
      {opened && <NewQuoteForm onCreated={onCreated} onCancel={onClose} opportunity={opportunity} />}
    </Modal>
  );
}
