import { Grid, Input, Paper, SegmentedControl, Text, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { QuoteContent, VatMode } from '../../../../../shared/quotes/quote';
import { CustomerPicker } from '../customers/CustomerPicker';
import { formatDate, todayIso } from '../model/quote-format';
import type { EditFix } from './use-quote-draft';
import { DateField } from '../../../components/DateField';

interface HeaderFieldsProps {
  detail: QuoteDetail;
  content: QuoteContent;
  editable: boolean;
  errors: Record<string, string>;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
}

/** 客户, 标题, 有效期, 计税方式 — and who prepared the quote when. */
export function HeaderFields({ detail, content, editable, errors, edit }: HeaderFieldsProps) {
  const { t, i18n } = useTranslation();
  // A date being typed is kept here until it is a whole date.
  const [dateText, setDateText] = useState(content.validUntil);
  const hasLines = content.lines.length > 0;
  const expired = content.validUntil < todayIso();
  const vatLocked = !editable || hasLines;

  return (
    <Paper withBorder radius="md" p="md" data-testid="quote-fields">
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CustomerPicker
            value={content.customerId}
            known={detail.customer}
            compact
            disabled={!editable}
            error={errors.customerId}
            onChange={(customerId) => edit((c) => ({ ...c, customerId }), { other: 'customerId' })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <TextInput
            label={t('quoteUi.header.title')}
            placeholder={editable ? t('quoteUi.header.titlePlaceholder') : undefined}
            value={content.title}
            readOnly={!editable}
            maxLength={200}
            error={errors.title}
            onChange={(event) => {
              const title = event.currentTarget.value;
              edit((c) => ({ ...c, title }), { other: 'title' });
            }}
            data-testid="quote-title"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <DateField
            label={t('quoteUi.header.validUntil')}
            value={dateText}
            readOnly={!editable}
            error={errors.validUntil ?? (expired && editable ? t('quoteUi.header.validityPassed') : undefined)}
            onChange={(value) => {
              setDateText(value);
              if (/^\d{4}-\d{2}-\d{2}$/.test(value))
                edit((c) => ({ ...c, validUntil: value }), { other: 'validUntil' });
            }}
            data-testid="quote-valid-until"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <Input.Wrapper label={t('quoteUi.header.vatMode')} error={errors.vatMode}>
            <Tooltip
              label={hasLines ? t('quoteUi.header.vatModeLocked') : ''}
              disabled={!hasLines || !editable}
              withinPortal
              multiline
              maw={260}
            >
              <SegmentedControl
                fullWidth
                mt={1}
                value={content.vatMode}
                disabled={vatLocked}
                onChange={(value) => {
                  const vatMode = value as VatMode;
                  edit((c) => ({
                    ...c,
                    vatMode,
                    // A target total only exists for tax-inclusive quotes.
                    discount:
                      vatMode === 'exclusive' && c.discount.kind === 'targetTotal' ? { kind: 'none' } : c.discount,
                  }));
                }}
                data={[
                  { value: 'inclusive', label: t('quoteUi.vatModes.inclusive') },
                  { value: 'exclusive', label: t('quoteUi.vatModes.exclusive') },
                ]}
                data-testid="quote-vat-mode"
              />
            </Tooltip>
          </Input.Wrapper>
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed" mt="sm" data-testid="quote-meta">
        {[
          t('quoteUi.header.issued', { date: formatDate(detail.issueDate, i18n.language) }),
          detail.preparedBy ? t('quoteUi.header.preparedBy', { name: detail.preparedBy }) : null,
          t('quoteUi.header.priceListMode', { mode: t(`quoteUi.vatModes.${detail.priceListVatMode}`) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Paper>
  );
}
