import {
  Alert,
  Autocomplete,
  Button,
  Drawer,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriceItem, PriceListVersion } from '../../../../shared/api/prices';
import { formatPercentBp } from '../../../../shared/money';
import { ITEM_TYPES, VAT_RATES_BP, discountBpToZhe, isVatRateBp } from '../../../../shared/prices/catalogue';
import { CallError } from '../../api/client';
import { useAction, useMethod } from '../../api/queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { ItemFormFooter } from './item-editor/ItemFormFooter';
import { ItemInternalFields } from './item-editor/ItemInternalFields';
import { floorDiscountBp, formErrors, isItemType, toValues, type EditorValues } from './item-editor/item-values';

interface ItemFormProps {
  version: PriceListVersion;
  item: PriceItem | null;
  showInternal: boolean;
  onClose(): void;
  onStartDraft(item: PriceItem | null): void;
}

function ItemForm({ version, item, showInternal, onClose, onStartDraft }: ItemFormProps) {
  const { t } = useTranslation();
  // An item of another version (say, while a draft made from it opens) is never edited here.
  const readOnly = version.status !== 'draft' || (item !== null && item.versionId !== version.id);
  const form = useForm<EditorValues>({ mode: 'controlled', initialValues: toValues(item) });
  const categories = useMethod('prices.categories', {});
  const save = useAction('prices.saveItem', ['prices.items', 'prices.versions', 'prices.categories', 'prices.search']);
  const remove = useAction('prices.deleteItem', ['prices.items', 'prices.versions', 'prices.search']);

  const submit = form.onSubmit(async (values, event) => {
    const formElement = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    form.clearErrors();
    try {
      const saved = await save.mutateAsync({ versionId: version.id, item: { ...values, id: item?.id } });
      notifySuccess(t('prices.notices.itemSaved', { code: saved.code }));
      onClose();
    } catch (error) {
      if (error instanceof CallError) {
        form.setErrors(formErrors(error.error.fields));
        // Take the user to the first field to fix, once React has marked it invalid.
        requestAnimationFrame(() => {
          const first = formElement?.querySelector<HTMLElement>('[aria-invalid="true"]');
          first?.scrollIntoView({ block: 'center' });
          first?.focus({ preventScroll: true });
        });
      }
      notifyError(t('common.error'), error);
    }
  });

  const deleteItem = async () => {
    if (!item) return;
    try {
      await remove.mutateAsync({ versionId: version.id, id: item.id });
      notifySuccess(t('prices.notices.itemDeleted', { code: item.code }));
      onClose();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const lock = readOnly ? { readOnly: true, variant: 'filled' as const } : {};
  const text = (field: 'code' | 'name' | 'unit', extra: Record<string, unknown> = {}) => (
    <TextInput
      label={t(`prices.columns.${field}`)}
      data-testid={`price-editor-${field}`}
      {...form.getInputProps(field)}
      {...lock}
      {...extra}
    />
  );

  const discountBp = floorDiscountBp(form.values.floorDiscount);
  const discountHint =
    form.values.floorDiscount.trim() === '' || discountBp === 0
      ? t('prices.editor.floorDiscountNone')
      : discountBp === null
        ? t('prices.editor.floorDiscountHint')
        : t('prices.editor.floorDiscountEquals', {
            zhe: discountBpToZhe(discountBp),
            percent: formatPercentBp(discountBp),
            pay: formatPercentBp(10000 - discountBp).replace('%', ''),
          });

  return (
    <form onSubmit={submit} noValidate data-testid="price-editor">
      <Stack gap="sm">
        {readOnly && (
          <Alert
            color="gray"
            icon={<IconLock size={18} />}
            title={t('prices.editor.readOnly')}
            data-testid="price-editor-readonly"
          >
            <Text size="sm" mb="sm">
              {t('prices.editor.readOnlyHint')}
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCopy size={14} />}
              onClick={() => onStartDraft(item)}
              data-testid="price-editor-start-draft"
            >
              {t('prices.editor.startDraft')}
            </Button>
          </Alert>
        )}
        <SimpleGrid cols={2}>
          {text('code', { withAsterisk: !readOnly, 'data-autofocus': !readOnly && !item })}
          {text('unit', { withAsterisk: !readOnly })}
        </SimpleGrid>
        {text('name', { withAsterisk: !readOnly })}
        <Textarea
          label={t('prices.columns.spec')}
          autosize
          minRows={2}
          maxRows={5}
          data-testid="price-editor-spec"
          {...form.getInputProps('spec')}
          {...lock}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('prices.columns.type')}
            data={ITEM_TYPES.map((type) => ({ value: type, label: t(`prices.types.${type}`) }))}
            allowDeselect={false}
            data-testid="price-editor-type"
            value={form.values.type}
            onChange={(value) => isItemType(value) && form.setFieldValue('type', value)}
            error={form.errors.type}
            {...lock}
          />
          <Autocomplete
            label={t('prices.columns.category')}
            placeholder={readOnly ? undefined : t('prices.editor.categoryPlaceholder')}
            data={(categories.data ?? []).map((category) => category.name)}
            data-testid="price-editor-category"
            {...form.getInputProps('category')}
            {...lock}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('prices.columns.price')}
            description={t('prices.editor.priceHint')}
            withAsterisk={!readOnly}
            leftSection="¥"
            inputMode="decimal"
            data-testid="price-editor-price"
            {...form.getInputProps('price')}
            {...lock}
          />
          <Select
            label={t('prices.columns.vatRate')}
            description={'\u00a0'}
            data={VAT_RATES_BP.map((bp) => ({ value: String(bp), label: formatPercentBp(bp) }))}
            allowDeselect={false}
            data-testid="price-editor-vatRate"
            value={String(form.values.vatRateBp)}
            onChange={(value) => {
              const bp = Number(value);
              if (isVatRateBp(bp)) form.setFieldValue('vatRateBp', bp);
            }}
            error={form.errors.vatRateBp}
            {...lock}
          />
        </SimpleGrid>
        <TextInput
          label={t('prices.columns.floorDiscount')}
          description={discountHint}
          rightSection="%"
          inputMode="decimal"
          placeholder="0"
          data-testid="price-editor-floorDiscount"
          {...form.getInputProps('floorDiscount')}
          {...lock}
        />
        <Switch
          label={t('prices.columns.active')}
          mt={4}
          data-testid="price-editor-active"
          disabled={readOnly}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        {showInternal && <ItemInternalFields form={form} lock={lock} />}
        <Textarea
          label={t('prices.columns.notes')}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="price-editor-notes"
          {...form.getInputProps('notes')}
          {...lock}
        />
        <ItemFormFooter
          item={item}
          readOnly={readOnly}
          saving={save.isPending}
          deleting={remove.isPending}
          onDelete={deleteItem}
          onClose={onClose}
        />
      </Stack>
    </form>
  );
}

interface ItemEditorProps {
  version: PriceListVersion;
  /** Changes every time the editor is opened, so each opening starts from the stored values. */
  session: number;
  /** The item to show; null with `opened` for a new item. */
  item: PriceItem | null;
  opened: boolean;
  showInternal: boolean;
  onClose(): void;
  onStartDraft(item: PriceItem | null): void;
}

/** One item in a side drawer: editable on drafts, read-only (with a way to a draft) when published. */
export function ItemEditor({ version, session, item, opened, showInternal, onClose, onStartDraft }: ItemEditorProps) {
  const { t } = useTranslation();
  const title = version.status !== 'draft' ? 'titleView' : item ? 'titleEdit' : 'titleNew';
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Group gap="xs">
          <Text fw={600}>{t(`prices.editor.${title}`)}</Text>
          {item && (
            <Text ff="monospace" size="sm" c="dimmed">
              {item.code}
            </Text>
          )}
        </Group>
      }
      data-testid="price-editor-drawer"
    >
      <ItemForm
        key={session}
        version={version}
        item={item}
        showInternal={showInternal}
        onClose={onClose}
        onStartDraft={onStartDraft}
      />
    </Drawer>
  );
}
