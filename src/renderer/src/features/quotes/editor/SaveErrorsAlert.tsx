import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import type { SaveStatus } from '../../../components/use-autosave-draft';
import { orderedLines } from '../model/content-ops';
import { errorCount, type FieldErrors } from '../model/field-errors';

/** Where a (non-line) save error is, in words: "付款节点", "分组“软件”"… */
function placeLabel(key: string, content: QuoteContent, t: TFunction): string {
  const [head, id] = key.split('.');
  switch (head) {
    case 'title':
      return t('quoteUi.header.title');
    case 'validUntil':
      return t('quoteUi.header.validUntil');
    case 'customerId':
      return t('quoteUi.customer.label');
    case 'vatMode':
      return t('quoteUi.header.vatMode');
    case 'discount':
      return t('quoteUi.totals.wholeDiscount');
    case 'terms':
    case 'notes':
      return t(`quoteUi.terms.${head}`);
    case 'milestones': {
      const milestone = content.milestones.find((m) => m.id === id);
      return milestone ? `${t('quoteUi.milestones.title')} “${milestone.label}”` : t('quoteUi.milestones.title');
    }
    case 'sections':
      return t('quoteUi.grid.sectionRef', { title: content.sections.find((s) => s.id === id)?.title ?? '' });
    default:
      return key;
  }
}

interface SaveErrorsAlertProps {
  content: QuoteContent;
  status: SaveStatus;
  /** The message of the last failed save. */
  error: string | null;
  errors: FieldErrors;
  /** Moves the keyboard to a line with an error. */
  onJumpToLine(lineId: string): void;
}

/** After a failed save: the server's message and every field it refused, lines linked to the grid. */
export function SaveErrorsAlert({ content, status, error, errors, onJumpToLine }: SaveErrorsAlertProps) {
  const { t } = useTranslation();
  const lineErrorList = Object.entries(errors.lines).flatMap(([lineId, fields]) => {
    const line = content.lines.find((l) => l.id === lineId);
    if (!line) return [];
    const number = orderedLines(content).indexOf(line) + 1;
    return Object.values(fields).map((message) => ({ lineId, number, code: line.code || line.name, message }));
  });
  const otherErrors = Object.entries(errors.other);
  const showErrors = status === 'failed' && (errorCount(errors) > 0 || error);
  if (!showErrors) return null;

  return (
    <Alert
      color="red"
      icon={<IconAlertCircle size={18} />}
      title={t('quoteUi.save.failedTitle')}
      data-testid="save-errors"
    >
      <Text size="sm">{error}</Text>
      {(lineErrorList.length > 0 || otherErrors.length > 0) && (
        <List size="sm" mt={4} spacing={2}>
          {lineErrorList.map((e) => (
            <List.Item key={`${e.lineId}-${e.message}`} data-testid="save-error-line">
              <Anchor component="button" size="sm" onClick={() => onJumpToLine(e.lineId)}>
                {t('quoteUi.grid.lineRef', { n: e.number, code: e.code })}
              </Anchor>
              {t('quoteUi.common.colon')}
              {e.message}
            </List.Item>
          ))}
          {otherErrors.map(([key, message]) => (
            <List.Item key={key} data-testid="save-error-field" data-key={key}>
              {placeLabel(key, content, t)}
              {t('quoteUi.common.colon')}
              {message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
