import { Alert, Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractAction } from '../../../../../shared/contract-drafts/types';
import type { ContractDetail } from '../../../../../shared/api/contract-drafts';
import { useAction } from '../../../api/queries';
import { notifications } from '@mantine/notifications';
import { notifyError, notifySuccess } from '../../../components/notify';
import { SaveIndicator } from '../../../components/SaveIndicator';
import { AddClauseModal, type NewClause } from '../clauses/AddClauseModal';
import { ClauseCard } from '../clauses/ClauseCard';
import { ExportModal } from '../export/ExportModal';
import {
  addCustom,
  addFromLibrary,
  chooseWording,
  removeClause,
  restoreRemoved,
  restoreStandard,
  updateClause,
} from '../model/clause-ops';
import { articleIndexes, errorsUnder, libraryOf, libraryVersions, liveReview } from '../model/contract-model';
import { DealTables } from '../terms/DealTables';
import { KeyTermsCard } from '../terms/KeyTermsCard';
import { ActionModal } from './ActionModal';
import classes from './editor.module.css';
import { EditorHeader } from './EditorHeader';
import { HistoryCard } from './HistoryCard';
import { NonStandardCard } from './NonStandardCard';
import { ProblemsAlert } from './ProblemsAlert';
import { useContractDraft } from './use-contract-draft';

function notifyInfo(message: string): void {
  notifications.show({ color: 'blue', message, autoClose: 6000 });
}

export interface ContractEditorProps {
  detail: ContractDetail;
  onBack(): void;
  onOpenRevision(revision: number | null): void;
  /** After an action: the contract as it is now (perhaps a new revision). */
  onActed(detail: ContractDetail): void;
}

/**
 * 合同 editor: the header with the total and 大写 and the next step, the key terms, the quote's
 * milestones and schedule, and every clause as a card (edit, wording, back to standard, remove,
 * add). Statuses, diffs, 非标条款清单 and unresolved fields follow the text as it is typed; the
 * draft saves by itself. Anything not in draft (or an older revision) is read-only.
 */
export function ContractEditor({ detail, onBack, onOpenRevision, onActed }: ContractEditorProps) {
  const { t } = useTranslation();
  const draft = useContractDraft(detail);
  const { content, edit } = draft;
  const versions = useMemo(() => libraryVersions(detail), [detail]);
  const review = useMemo(() => liveReview(detail, content, versions), [detail, content, versions]);
  const indexes = useMemo(() => articleIndexes(content.clauses), [content.clauses]);
  const [action, setAction] = useState<ContractAction | null>(null);
  const [exporting, setExporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const flashTimer = useRef<number | undefined>(undefined);
  const remove = useAction('contracts.delete', ['contracts.list', 'clauses.list']);

  const latest = Math.max(...detail.revisions.map((r) => r.revision));
  const isLatest = detail.revision === latest;
  const editable = detail.editable;
  const deletable = isLatest && detail.revisions.length === 1 && detail.state === 'draft';
  const inContract = new Set(content.clauses.map((c) => c.clauseId));
  const addable = detail.available.filter((c) => !c.mandatory && !inContract.has(c.id));

  const jump = (id: string) => {
    // After an edit the card may render on the next frame.
    requestAnimationFrame(() => {
      document.getElementById(`clause-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    setFlash(id);
    window.clearTimeout(flashTimer.current);
    flashTimer.current = window.setTimeout(() => setFlash(null), 1600);
  };

  const add = (next: NewClause) => {
    let id = '';
    edit((c) => {
      const result =
        next.kind === 'library'
          ? addFromLibrary(c, next.clause, next.afterId, next.wording)
          : addCustom(c, next.heading, next.body, next.afterId);
      id = result.id;
      return result.content;
    });
    setAdding(false);
    if (id) jump(id);
  };

  const deleteContract = async () => {
    setDeleting(false);
    try {
      await remove.mutateAsync({ id: detail.id });
      notifySuccess(t('contractUi.editor.deleted', { number: detail.number }));
      onBack();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const readOnlyReason = !isLatest
    ? t('contractUi.readOnly.oldRevision', { n: detail.revision, latest })
    : editable
      ? null
      : t(`contractUi.readOnly.${detail.state === 'draft' ? 'review' : detail.state}`);

  return (
    <Stack gap="md" data-testid="contract-editor" data-editable={editable}>
      <EditorHeader
        detail={detail}
        deletable={deletable}
        saveIndicator={
          editable ? (
            <SaveIndicator
              status={draft.status}
              error={draft.error}
              textKey="contractUi.save"
              heldText={draft.held > 0 ? t('contractUi.save.held', { n: draft.held }) : null}
              saveWhenHeld={false}
              heldCount={draft.held}
              statusTestId="contract-save-status"
              saveNowTestId="contract-save-now"
              onSave={() => void draft.flush()}
            />
          ) : null
        }
        onBack={onBack}
        onAction={setAction}
        onExport={() => setExporting(true)}
        onDelete={() => setDeleting(true)}
      />
      {readOnlyReason && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} data-testid="contract-read-only">
          <Group gap="xs">
            <Text size="sm">{readOnlyReason}</Text>
            {!isLatest && (
              <Anchor component="button" size="sm" onClick={() => onOpenRevision(null)} data-testid="open-latest">
                {t('contractUi.readOnly.openLatest')}
              </Anchor>
            )}
          </Group>
        </Alert>
      )}
      {draft.status === 'failed' && draft.error && (
        <Alert color="red" variant="light" data-testid="contract-save-error">
          {draft.error}
        </Alert>
      )}
      <ProblemsAlert problems={review.problems} onJump={jump} />

      <div className={classes.layout}>
        <Stack gap="md" style={{ minWidth: 0 }}>
          <KeyTermsCard detail={detail} content={content} editable={editable} errors={draft.errors} edit={edit} />
          <DealTables detail={detail} />
          <Group justify="space-between" mt="xs">
            <Title order={4}>{t('contractUi.clauses.title', { n: content.clauses.length })}</Title>
            {editable && (
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() => setAdding(true)}
                data-testid="clause-add"
              >
                {t('contractUi.add.title')}
              </Button>
            )}
          </Group>
          {content.clauses.map((clause, index) => {
            const reviewed = review.clauses[index] ?? {
              id: clause.id,
              number: '',
              heading: clause.heading,
              status: 'standard' as const,
              diff: [],
            };
            return (
              <ClauseCard
                key={clause.id}
                clause={clause}
                reviewed={reviewed}
                articleIndex={indexes.get(clause.id)}
                lang={detail.lang}
                editable={editable}
                library={libraryOf(clause, versions)}
                errors={errorsUnder(draft.errors, `clauses.${clause.id}`)}
                problems={new Set(review.problems.filter((p) => p.clauseId === clause.id).map((p) => p.field))}
                flash={flash === clause.id}
                onChange={(patch) => edit((c) => updateClause(c, clause.id, patch))}
                onRestore={() => edit((c) => restoreStandard(c, clause.id, versions))}
                onWording={(key) => {
                  edit((c) => chooseWording(c, clause.id, key, versions));
                  // 仲裁 ↔ 诉讼 changes which body the key terms should name.
                  if (clause.category === 'disputes') {
                    notifyInfo(t('contractUi.clause.checkDisputeBody', { body: content.terms.disputeBody }));
                  }
                }}
                onRemove={() => edit((c) => removeClause(c, clause.id))}
              />
            );
          })}
        </Stack>
        <div className={classes.side}>
          <NonStandardCard
            entries={review.nonStandard}
            editable={editable}
            onJump={jump}
            onPutBack={(clauseId) => {
              let id = '';
              edit((c) => {
                const result = restoreRemoved(c, clauseId, versions);
                id = result.id;
                return result.content;
              });
              if (id) jump(id);
            }}
          />
          <HistoryCard
            detail={detail}
            onOpenRevision={(revision) => onOpenRevision(revision === latest ? null : revision)}
          />
        </div>
      </div>

      <ActionModal
        action={action}
        detail={detail}
        flush={draft.flush}
        onClose={() => setAction(null)}
        onDone={(next) => {
          setAction(null);
          onActed(next);
        }}
      />
      <ExportModal
        opened={exporting}
        onClose={() => setExporting(false)}
        contractId={detail.id}
        revision={isLatest ? undefined : detail.revision}
        lang={detail.lang}
        state={detail.state}
        problems={review.problems}
        flush={draft.flush}
      />
      <AddClauseModal
        opened={adding}
        onClose={() => setAdding(false)}
        available={addable}
        clauses={content.clauses}
        reviewed={review.clauses}
        lang={detail.lang}
        onAdd={add}
      />
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t('contractUi.editor.deleteTitle')} centered>
        <Text size="sm">{t('contractUi.editor.deleteConfirm', { number: detail.number })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDeleting(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void deleteContract()} data-testid="contract-delete-confirm">
            {t('contractUi.editor.delete')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
