import {
  Alert,
  Autocomplete,
  Button,
  Divider,
  Drawer,
  Group,
  Input,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy, IconDeviceFloppy, IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriceItem, PriceItemInput, PriceListVersion } from '../../../../shared/api/prices';
import { fenToYuanText, formatPercentBp, parseYuan } from '../../../../shared/money';
import {
  ITEM_TYPES,
  VAT_RATES_BP,
  discountBpToZhe,
  isVatRateBp,
  type ItemType,
} from '../../../../shared/prices/catalogue';
import { CallError } from '../../api/client';
import { useAction, useMethod } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { notifyError, notifySuccess } from '../../components/notify';
import { itemMarginBp, marginColor, marginText } from './price-format';

/** What the editor edits: the contract's input, money and percentages as typed text. */
type EditorValues = Required<Omit<PriceItemInput, 'id'>>;

const EMPTY: EditorValues = {
  code: '',
  name: '',
  spec: '',
  type: 'module',
  unit: '套',
  category: '',
  price: '',
  cost: '',
  vatRateBp: 1300,
  floorDiscount: '',
  active: true,
  notes: '',
};

function toValues(item: PriceItem | null): EditorValues {
  if (!item) return EMPTY;
  return {
    code: item.code,
    name: item.name,
    spec: item.spec,
    type: item.type,
    unit: item.unit,
    category: item.category,
    price: fenToYuanText(item.priceFen),
    cost: item.costFen === null ? '' : fenToYuanText(item.costFen),
    vatRateBp: item.vatRateBp,
    floorDiscount: item.floorDiscountBp === 0 ? '' : String(item.floorDiscountBp / 100),
    active: item.active,
    notes: item.notes,
  };
}

function isItemType(value: string | null): value is ItemType {
  return (ITEM_TYPES as readonly (string | null)[]).includes(value);
}

/** Field errors from the contract ("item.price" from validation, "price" from the service) as form fields. */
function formErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const field = (parts[0] === 'item' ? parts[1] : parts[0]) ?? path;
    errors[field] ??= message;
  }
  return errors;
}

const cleanMoney = (text: string) => text.replace(/[¥,，\s]/g, '');

/** The margin the typed price and cost would give, or null while either is not a number yet. */
function liveMargin(values: EditorValues): number | null {
  const price = parseYuan(cleanMoney(values.price));
  if (!price.ok || values.cost.trim() === '') return null;
  const cost = parseYuan(cleanMoney(values.cost));
  if (!cost.ok) return null;
  return itemMarginBp({ priceFen: price.fen, costFen: cost.fen, vatRateBp: values.vatRateBp });
}

/** Percent off as typed ("20", "12.5 %") in basis points; null when it is not a valid percentage. */
function floorDiscountBp(text: string): number | null {
  const cleaned = text.replace(/[%％\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const bp = Math.round(Number(cleaned) * 100);
  return bp <= 10000 ? bp : null;
}

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

  const margin = liveMargin(form.values);
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
        {showInternal && (
          <Paper withBorder radius="md" p="sm" bg="orange.0" data-testid="price-editor-internal">
            <Divider
              label={t('prices.editor.sectionInternal')}
              labelPosition="left"
              color="orange.3"
              mb="xs"
              styles={{ label: { color: 'var(--mantine-color-orange-9)' } }}
            />
            <SimpleGrid cols={2}>
              <TextInput
                label={t('prices.columns.cost')}
                description={t('prices.editor.costHint')}
                leftSection="¥"
                inputMode="decimal"
                data-testid="price-editor-cost"
                {...form.getInputProps('cost')}
                {...lock}
              />
              <Input.Wrapper label={t('prices.editor.margin')} description={t('prices.editor.marginHint')}>
                <Text
                  fz="xl"
                  fw={600}
                  lh="36px"
                  c={marginColor(margin) === 'dimmed' ? 'gray.5' : marginColor(margin)}
                  data-testid="price-editor-margin"
                  title={margin === null ? t('prices.editor.marginUnknown') : undefined}
                >
                  {marginText(margin)}
                </Text>
              </Input.Wrapper>
            </SimpleGrid>
          </Paper>
        )}
        <Textarea
          label={t('prices.columns.notes')}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="price-editor-notes"
          {...form.getInputProps('notes')}
          {...lock}
        />
        <Group
          justify="space-between"
          py="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 3,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <div>
            {!readOnly && item && (
              <ConfirmButton
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                title={t('prices.editor.deleteTitle')}
                message={t('prices.editor.deleteConfirm', { code: item.code, name: item.name })}
                onConfirm={deleteItem}
                loading={remove.isPending}
                data-testid="price-editor-delete"
              >
                {t('prices.editor.delete')}
              </ConfirmButton>
            )}
          </div>
          <Group gap="sm">
            <Button variant="default" onClick={onClose} data-testid="price-editor-cancel">
              {readOnly ? t('prices.editor.close') : t('prices.editor.cancel')}
            </Button>
            {!readOnly && (
              <Button
                type="submit"
                loading={save.isPending}
                leftSection={<IconDeviceFloppy size={18} />}
                data-testid="price-editor-save"
              >
                {t('prices.editor.save')}
              </Button>
            )}
          </Group>
        </Group>
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
