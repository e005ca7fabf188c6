import { Paper, Stack } from '@mantine/core';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { useMethod } from '../../../api/queries';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { CustomLineModal } from '../grid/CustomLineModal';
import { LineGrid, type LineGridHandle } from '../grid/LineGrid';
import { livePrice } from '../model/live-pricing';
import { EditorDialogs } from './EditorDialogs';
import { EditorHeader } from './EditorHeader';
import { HeaderFields } from './HeaderFields';
import { LinesToolbar } from './LinesToolbar';
import { QuotePanels } from './QuotePanels';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { revisionNeighbours } from './revision-neighbours';
import { saveHoldReason } from './save-hold';
import { SaveErrorsAlert } from './SaveErrorsAlert';
import { useApprovalFlags } from './use-approval-flags';
import { useEditorDialogs } from './use-editor-dialogs';
import { useLineAdding } from './use-line-adding';
import { useQuoteActions } from './use-quote-actions';
import { useQuoteDraft } from './use-quote-draft';
import { useSaveShortcut } from './use-save-shortcut';

interface QuoteEditorProps {
  detail: QuoteDetail;
  onOpen(revisionId: number): void;
  onBack(): void;
}

/** One revision of a quote: header, lines, totals, margin, milestones, terms, approval and history. */
export function QuoteEditor({ detail, onOpen, onBack }: QuoteEditorProps) {
  const { t, i18n } = useTranslation();
  // Autosave waits while a problem the server would refuse is being fixed.
  const holdReason = useCallback((c: QuoteContent) => saveHoldReason(c, t), [t]);
  const draft = useQuoteDraft(detail, holdReason);
  const { content, edit, flush, errors } = draft;
  const editable = detail.editable;
  const settings = useMethod('quoteSettings.get', {});
  const gridRef = useRef<LineGridHandle>(null);

  const live = useMemo(() => livePrice(content), [content]);
  const rules = settings.data;
  const unsaved = draft.status !== 'saved';
  const { reasons, flags } = useApprovalFlags({ detail, content, priced: live.priced, rules, unsaved });
  const lines = useLineAdding({ detail, content, edit, gridRef });
  const dialogs = useEditorDialogs({ status: draft.status, flush });
  const actions = useQuoteActions({ detail, onOpen, onBack });
  useSaveShortcut(flush);

  const { previous, latest } = revisionNeighbours(detail);
  const { leave } = dialogs;

  return (
    <Stack gap="md" data-testid="quote-editor" data-revision-id={detail.revisionId}>
      <EditorHeader
        detail={detail}
        status={draft.status}
        held={draft.held}
        saveError={draft.error}
        onSave={() => void flush()}
        onBack={() => leave(onBack)}
        onOpenRevision={(id) => leave(() => onOpen(id))}
        onApprove={() => dialogs.setApproveOpened(true)}
        onAction={dialogs.setAction}
        onExport={() => dialogs.setExportOpened(true)}
        onCompare={
          previous
            ? () => {
                void flush().then(() => dialogs.setCompareOpened(true));
              }
            : null
        }
        onRevise={() => void actions.revise()}
        onDelete={() => dialogs.setDeleteOpened(true)}
        onDraftContract={
          detail.isLatest && ['approved', 'sent', 'accepted'].includes(detail.state)
            ? () => void actions.draftContract()
            : null
        }
      />

      <ReadOnlyNotice detail={detail} latest={latest} onOpen={onOpen} onRevise={() => void actions.revise()} />

      <HeaderFields detail={detail} content={content} editable={editable} errors={errors.other} edit={edit} />

      <ApprovalPanel
        detail={detail}
        reasons={reasons}
        canApprove={detail.allowedActions.includes('approve')}
        dirty={unsaved}
        onApprove={() => dialogs.setApproveOpened(true)}
        onJump={(lineId) => gridRef.current?.focusLine(lineId, 'discount')}
      />

      <SaveErrorsAlert
        content={content}
        status={draft.status}
        error={draft.error}
        errors={errors}
        onJumpToLine={(lineId) => gridRef.current?.focusLine(lineId)}
      />

      <Paper withBorder radius="md" style={{ overflow: 'hidden' }} data-testid="quote-lines">
        {editable && (
          <LinesToolbar
            pickerRef={lines.pickerRef}
            versionLabel={lines.currentVersionLabel}
            priceOf={lines.priceOf}
            onPick={lines.addItem}
            sections={content.sections}
            currentSectionId={lines.currentSectionId}
            onSection={lines.onCurrentSection}
            onAddCustom={lines.newCustomLine}
            onAddSection={lines.newSection}
          />
        )}
        <LineGrid
          ref={gridRef}
          content={content}
          priced={live.priced}
          editable={editable}
          errors={errors}
          flags={flags}
          currentSectionId={lines.currentSectionId}
          onCurrentSection={lines.onCurrentSection}
          edit={edit}
          onEditCustom={lines.onEditCustom}
          language={i18n.language}
        />
      </Paper>

      <QuotePanels
        detail={detail}
        content={content}
        live={live}
        editable={editable}
        errors={errors}
        minMarginBp={rules?.minMarginBp ?? null}
        edit={edit}
      />

      <CustomLineModal
        opened={lines.customLine.opened}
        session={lines.customLine.session}
        line={lines.customLine.line}
        sections={content.sections}
        sectionId={lines.currentSectionId}
        vatMode={content.vatMode}
        onSave={lines.saveCustomLine}
        onClose={lines.closeCustomLine}
      />
      <EditorDialogs
        dialogs={dialogs}
        detail={detail}
        reasons={reasons}
        previous={previous}
        unsavedReason={draft.held ?? draft.error ?? ''}
        flush={flush}
        onChanged={actions.afterChange}
        onDelete={() => void actions.deleteQuote()}
      />
    </Stack>
  );
}
