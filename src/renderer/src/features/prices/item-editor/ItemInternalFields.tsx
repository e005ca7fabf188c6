import { Divider, Input, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { marginColor, marginText } from '../price-format';
import { liveMargin, type EditorValues } from './item-values';

/** Cost and the margin it gives, on an orange panel: internal figures never shown to a customer. */
export function ItemInternalFields({
  form,
  lock,
}: {
  form: UseFormReturnType<EditorValues>;
  lock: { readOnly?: boolean; variant?: 'filled' };
}) {
  const { t } = useTranslation();
  const margin = liveMargin(form.values);
  return (
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
  );
}
