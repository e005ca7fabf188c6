import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES } from '../../../../../shared/api/opportunities';
import { parseYuan } from '../../../../../shared/money';
import { useAction } from '../../../api/queries';
import { notifySuccess, showFieldErrors } from '../../../components/notify';
import { CustomerPicker } from '../../quotes/customers/CustomerPicker';
import { SubmitForm } from '../../../components/SubmitForm';
import { DateField } from '../../../components/DateField';

function NewOpportunityForm({ onCreated, onCancel }: { onCreated(id: number): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [customerId, setCustomerId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [source, setSource] = useState<string>('');
  const [amount, setAmount] = useState('');
  const [close, setClose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useAction('opportunities.create', ['opportunities.list']);

  const submit = async () => {
    const local: Record<string, string> = {};
    if (customerId === null) local.customerId = t('opportunityUi.create.customerRequired');
    if (name.trim() === '') local.name = t('err.required');
    let amountFen: number | null = null;
    if (amount.trim() !== '') {
      const parsed = parseYuan(amount.replace(/[¥,，\s]/g, ''));
      if (parsed.ok) amountFen = parsed.fen;
      else local.amountFen = t('err.opportunities.amount');
    }
    setErrors(local);
    if (Object.keys(local).length > 0 || customerId === null) return;
    try {
      const created = await create.mutateAsync({
        customerId,
        name: name.trim(),
        owner: owner.trim(),
        source: source as (typeof SOURCES)[number],
        amountFen,
        expectedClose: close,
      });
      notifySuccess(t('opportunityUi.create.created', { name: created.record.name }));
      onCreated(created.id);
    } catch (error) {
      showFieldErrors(error, setErrors, t('common.error'));
    }
  };

  return (
    <SubmitForm onSubmit={submit} testId="new-opportunity-form">
      <Stack gap="sm">
        <CustomerPicker
          value={customerId}
          withAsterisk
          label={t('opportunityUi.create.customer')}
          error={errors.customerId}
          onChange={(id, customer) => {
            setCustomerId(id);
            setErrors((e) => ({ ...e, customerId: '' }));
            if (customer && name.trim() === '') setName(`${customer.shortName || customer.name} `);
          }}
        />
        <TextInput
          label={t('opportunityUi.create.name')}
          placeholder={t('opportunityUi.create.namePlaceholder')}
          withAsterisk
          value={name}
          maxLength={120}
          error={errors.name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="new-opportunity-name"
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('opportunityUi.create.owner')}
            value={owner}
            maxLength={40}
            error={errors.owner}
            onChange={(event) => setOwner(event.currentTarget.value)}
            data-testid="new-opportunity-owner"
          />
          <Select
            label={t('opportunityUi.create.source')}
            data={SOURCES.map((s) => ({ value: s, label: t(`opportunities.sources.${s}`) }))}
            value={source || null}
            onChange={(next) => setSource(next ?? '')}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="new-opportunity-source"
          />
          <TextInput
            label={t('opportunityUi.create.amount')}
            value={amount}
            inputMode="decimal"
            error={errors.amountFen}
            onChange={(event) => setAmount(event.currentTarget.value)}
            data-testid="new-opportunity-amount"
          />
          <DateField
            label={t('opportunityUi.create.close')}
            value={close}
            error={errors.expectedClose}
            onChange={(value) => setClose(value)}
            data-testid="new-opportunity-close"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconTargetArrow size={16} />}
            data-testid="new-opportunity-create"
          >
            {t('opportunityUi.create.submit')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 新建商机: for which customer (an existing one, or one created here), then its page opens. */
export function NewOpportunityModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('opportunityUi.create.title')}
      size="lg"
      data-testid="new-opportunity"
    >
      {opened && <NewOpportunityForm onCreated={onCreated} onCancel={onClose} />}
    </Modal>
  );
}
