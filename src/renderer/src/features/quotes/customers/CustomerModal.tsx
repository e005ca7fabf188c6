import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMPTY_CUSTOMER, type Customer } from '../../../../../shared/api/customers';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { notifyError, notifySuccess } from '../../../components/notify';

interface Values {
  name: string;
  contact: string;
  phone: string;
  address: string;
  taxId: string;
}

type Field = keyof Values;

/** Field errors from customers.save keyed as this form's fields. */
function formErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[path.split('.')[0] ?? path] ??= message;
  return errors;
}

function CustomerForm({
  initialName,
  onSaved,
  onCancel,
}: {
  initialName: string;
  onSaved(c: Customer): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: initialName, contact: '', phone: '', address: '', taxId: '' },
  });
  const save = useAction('customers.save', ['customers.list']);
  const submit = form.onSubmit(async (values, event) => {
    const element = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    form.clearErrors();
    try {
      const customer = await save.mutateAsync({ ...EMPTY_CUSTOMER, ...values });
      notifySuccess(t('quoteUi.customer.saved', { name: customer.name }));
      onSaved(customer);
    } catch (error) {
      if (error instanceof CallError && Object.keys(error.error.fields).length > 0) {
        form.setErrors(formErrors(error.error.fields));
        requestAnimationFrame(() => element?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else {
        notifyError(t('common.error'), error);
      }
    }
  });
  const field = (name: Field, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={t(`quoteUi.customer.fields.${name}`)}
      data-testid={`customer-${name}`}
      {...form.getInputProps(name)}
      {...extra}
    />
  );
  return (
    <form onSubmit={submit} noValidate data-testid="customer-form">
      <Stack gap="sm">
        {field('name', { withAsterisk: true, 'data-autofocus': true, maxLength: 100 })}
        <SimpleGrid cols={2}>
          {field('contact', { maxLength: 40 })}
          {field('phone', { maxLength: 40 })}
        </SimpleGrid>
        {field('address', { maxLength: 200 })}
        {field('taxId', { description: t('quoteUi.customer.taxIdHint'), maxLength: 30 })}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={16} />}
            data-testid="customer-save"
          >
            {t('quoteUi.customer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CustomerModalProps {
  opened: boolean;
  /** Typed into the picker before "new customer" was chosen: the name to start with. */
  initialName: string;
  session: number;
  onClose(): void;
  onSaved(customer: Customer): void;
}

/** 新建客户: name, contact, phone, address, tax ID; the service's field errors shown in place. */
export function CustomerModal({ opened, initialName, session, onClose, onSaved }: CustomerModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quoteUi.customer.modalTitle')}
      size="lg"
      data-testid="customer-modal"
    >
      <CustomerForm key={session} initialName={initialName} onSaved={onSaved} onCancel={onClose} />
    </Modal>
  );
}
