import { Button, Divider, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, formatPercentBp } from '../../../../../shared/money';
import { VAT_RATES_BP } from '../../../../../shared/prices/catalogue';
import { newLocalId } from '../../../../../shared/quotes/catalogue-line';
import type { QuoteLine, VatMode } from '../../../../../shared/quotes/quote';
import { parseMoney, parseQuantity } from '../model/cell-parse';

interface Values {
  code: string;
  name: string;
  spec: string;
  unit: string;
  price: string;
  vatRateBp: string;
  cost: string;
  quantity: string;
  reason: string;
  sectionId: string;
}

function initialValues(line: QuoteLine | null, sectionId: string): Values {
  if (!line) {
    return {
      code: '',
      name: '',
      spec: '',
      unit: '项',
      price: '',
      vatRateBp: '600',
      cost: '',
      quantity: '1',
      reason: '',
      sectionId,
    };
  }
  return {
    code: line.code,
    name: line.name,
    spec: line.spec,
    unit: line.unit,
    price: fenToYuanText(line.unitPriceFen),
    vatRateBp: String(line.vatRateBp),
    cost: line.costFen === null ? '' : fenToYuanText(line.costFen),
    quantity: line.quantity,
    reason: line.customReason,
    sectionId: line.sectionId,
  };
}

interface CustomLineFormProps {
  line: QuoteLine | null;
  sections: { id: string; title: string }[];
  sectionId: string;
  vatMode: VatMode;
  onSave(line: QuoteLine): void;
  onCancel(): void;
}

function CustomLineForm({ line, sections, sectionId, vatMode, onSave, onCancel }: CustomLineFormProps) {
  const { t } = useTranslation();
  const required = (value: string) => (value.trim() === '' ? t('err.required') : null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(line, sectionId),
    validate: {
      name: required,
      unit: required,
      reason: required,
      price: (value) => (parseMoney(value).ok ? null : t('quoteUi.grid.errors.money')),
      cost: (value) => (value.trim() === '' || parseMoney(value).ok ? null : t('quoteUi.grid.errors.money')),
      quantity: (value) => (parseQuantity(value).ok ? null : t('quoteUi.grid.errors.quantity')),
    },
  });

  const submit = form.onSubmit((values) => {
    const price = parseMoney(values.price);
    const cost = values.cost.trim() === '' ? null : parseMoney(values.cost);
    const quantity = parseQuantity(values.quantity);
    if (!price.ok || !quantity.ok || (cost !== null && !cost.ok)) return;
    onSave({
      id: line?.id ?? newLocalId('c'),
      sectionId: values.sectionId,
      kind: 'custom',
      code: values.code.trim(),
      name: values.name.trim(),
      spec: values.spec.trim(),
      unit: values.unit.trim(),
      priceVersionId: null,
      priceVersionLabel: '',
      unitPriceFen: price.value,
      costFen: cost === null ? null : cost.ok ? cost.value : null,
      vatRateBp: Number(values.vatRateBp),
      floorDiscountBp: 0,
      quantity: quantity.value,
      discountBp: line?.discountBp ?? 0,
      unitPriceOverrideFen: line?.unitPriceOverrideFen ?? null,
      optional: line?.optional ?? false,
      customReason: values.reason.trim(),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="custom-line-form">
      <Stack gap="sm">
        <SimpleGrid cols={3}>
          <TextInput
            label={t('quoteUi.custom.code')}
            placeholder={t('quoteUi.custom.codePlaceholder')}
            maxLength={60}
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('quoteUi.custom.name')}
            withAsterisk
            maxLength={200}
            data-autofocus
            data-testid="custom-name"
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('name')}
          />
        </SimpleGrid>
        <Textarea
          label={t('quoteUi.custom.spec')}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={500}
          {...form.getInputProps('spec')}
        />
        <SimpleGrid cols={4}>
          <TextInput
            label={t('quoteUi.custom.unit')}
            withAsterisk
            maxLength={20}
            data-testid="custom-unit"
            {...form.getInputProps('unit')}
          />
          <TextInput
            label={t('quoteUi.custom.quantity')}
            withAsterisk
            inputMode="decimal"
            data-testid="custom-quantity"
            {...form.getInputProps('quantity')}
          />
          <TextInput
            label={t(`quoteUi.custom.price.${vatMode}`)}
            withAsterisk
            leftSection="¥"
            inputMode="decimal"
            data-testid="custom-price"
            {...form.getInputProps('price')}
          />
          <Select
            label={t('quoteUi.custom.vat')}
            allowDeselect={false}
            data={VAT_RATES_BP.map((bp) => ({ value: String(bp), label: formatPercentBp(bp) }))}
            data-testid="custom-vat"
            {...form.getInputProps('vatRateBp')}
          />
        </SimpleGrid>
        <Textarea
          label={t('quoteUi.custom.reason')}
          description={t('quoteUi.custom.reasonHint')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={200}
          data-testid="custom-reason"
          {...form.getInputProps('reason')}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('quoteUi.custom.section')}
            allowDeselect={false}
            data={sections.map((s) => ({ value: s.id, label: s.title }))}
            {...form.getInputProps('sectionId')}
          />
          <TextInput
            label={t('quoteUi.custom.cost')}
            description={t('quoteUi.custom.costHint')}
            leftSection="¥"
            inputMode="decimal"
            styles={{ input: { background: 'var(--mantine-color-orange-0)' } }}
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        <Divider />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" data-testid="custom-save">
            {line ? t('quoteUi.common.save') : t('quoteUi.custom.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CustomLineModalProps extends Omit<CustomLineFormProps, 'onCancel'> {
  opened: boolean;
  session: number;
  onClose(): void;
}

/** 添加非标项目: a line that is not on the price list, with the reason it is there. */
export function CustomLineModal({ opened, session, onClose, ...form }: CustomLineModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={form.line ? t('quoteUi.custom.editTitle') : t('quoteUi.custom.title')}
      size="lg"
      data-testid="custom-line-modal"
    >
      <CustomLineForm key={session} {...form} onCancel={onClose} />
    </Modal>
  );
}
