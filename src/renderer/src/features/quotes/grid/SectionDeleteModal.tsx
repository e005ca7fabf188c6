import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteContent } from '../../../../../shared/quotes/quote';

interface SectionDeleteModalProps {
  content: QuoteContent;
  /** The section asked about; null = closed. */
  sectionId: string | null;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a section is deleted together with its lines. */
export function SectionDeleteModal({ content, sectionId, onCancel, onConfirm }: SectionDeleteModalProps) {
  const { t } = useTranslation();
  const section = content.sections.find((s) => s.id === sectionId);
  return (
    <Modal
      opened={section !== undefined}
      onClose={onCancel}
      title={t('quoteUi.grid.sectionDeleteTitle', { title: section?.title ?? '' })}
      centered
    >
      <Text size="sm">
        {t('quoteUi.grid.sectionDeleteConfirm', {
          n: content.lines.filter((l) => l.sectionId === sectionId).length,
        })}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" data-testid="section-delete-confirm" onClick={onConfirm}>
          {t('quoteUi.grid.sectionDelete')}
        </Button>
      </Group>
    </Modal>
  );
}
