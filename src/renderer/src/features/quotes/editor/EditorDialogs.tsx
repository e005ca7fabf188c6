import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { ApprovalReason } from '../../../../../shared/quotes/approval';
import { ActionModal } from '../approval/ActionModal';
import { ApproveModal } from '../approval/ApproveModal';
import { ExportDialog } from '../export/ExportDialog';
import { quoteRef } from '../model/quote-format';
import { RevisionDiffModal } from '../revisions/RevisionDiffModal';
import type { EditorDialogs as Dialogs } from './use-editor-dialogs';

interface EditorDialogsProps {
  dialogs: Dialogs;
  detail: QuoteDetail;
  reasons: ApprovalReason[];
  /** The revision before this one, compared with it. */
  previous: { revisionId: number; revision: string } | null;
  /** Why the edits could not be saved, said when leaving. */
  unsavedReason: string;
  flush(): Promise<boolean>;
  /** A changed revision (approved, sent…) from one of the dialogs. */
  onChanged(next: QuoteDetail): void;
  onDelete(): void;
}

/** The editor's dialogs: approve, lifecycle steps, export, compare revisions, leave unsaved, delete. */
export function EditorDialogs(props: EditorDialogsProps) {
  const { t } = useTranslation();
  const { dialogs, detail, reasons, previous, unsavedReason, flush, onChanged, onDelete } = props;
  return (
    <>
      <ApproveModal
        opened={dialogs.approveOpened}
        detail={detail}
        reasons={reasons}
        flush={flush}
        onClose={() => dialogs.setApproveOpened(false)}
        onApproved={(next) => {
          onChanged(next);
          dialogs.setApproveOpened(false);
        }}
      />
      <ActionModal
        action={dialogs.action}
        detail={detail}
        flush={flush}
        onClose={() => dialogs.setAction(null)}
        onDone={(next) => {
          onChanged(next);
          dialogs.setAction(null);
        }}
      />
      <ExportDialog
        opened={dialogs.exportOpened}
        detail={detail}
        flush={flush}
        onClose={() => dialogs.setExportOpened(false)}
      />
      <RevisionDiffModal
        opened={dialogs.compareOpened}
        number={detail.number}
        from={previous}
        to={{ revisionId: detail.revisionId, revision: detail.revision }}
        onClose={() => dialogs.setCompareOpened(false)}
      />
      <Modal opened={dialogs.leaving !== null} onClose={dialogs.stay} title={t('quoteUi.editor.leaveTitle')} centered>
        <Text size="sm">{t('quoteUi.editor.leaveConfirm', { error: unsavedReason })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={dialogs.stay} data-testid="leave-stay">
            {t('quoteUi.editor.stay')}
          </Button>
          <Button color="red" onClick={dialogs.leaveAnyway} data-testid="leave-discard">
            {t('quoteUi.editor.leave')}
          </Button>
        </Group>
      </Modal>
      <Modal
        opened={dialogs.deleteOpened}
        onClose={() => dialogs.setDeleteOpened(false)}
        title={t('quoteUi.editor.deleteTitle', { ref: quoteRef(detail) })}
        centered
      >
        <Text size="sm">{t('quoteUi.editor.deleteConfirm')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => dialogs.setDeleteOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              dialogs.setDeleteOpened(false);
              onDelete();
            }}
            data-testid="quote-delete-confirm"
          >
            {t('quoteUi.editor.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
