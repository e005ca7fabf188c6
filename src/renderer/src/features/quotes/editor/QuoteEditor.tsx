import { Alert, Anchor, Button, Grid, Group, List, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconFolderPlus, IconLock, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/contract/quotes';
import type { PriceItem } from '../../../../../shared/contract/prices';
import { approvalReasons } from '../../../../../shared/quotes/approval';
import { lineFromItem, newLocalId, unitPriceInMode } from '../../../../../shared/quotes/catalogue-line';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import { request } from '../../../api/client';
import { useMethod } from '../../../api/queries';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ACTOR_KEY } from '../../contracts/editor/ActionModal';
import { ActionModal, type LifecycleAction } from '../approval/ActionModal';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { ApproveModal } from '../approval/ApproveModal';
import { ExportDialog } from '../export/ExportDialog';
import { CustomLineModal } from '../grid/CustomLineModal';
import { ItemPicker, type ItemPickerHandle } from '../grid/ItemPicker';
import { LineGrid, type LineGridHandle } from '../grid/LineGrid';
import { addLines, addSection, orderedLines } from '../model/content-ops';
import { errorCount } from '../model/field-errors';
import { livePrice } from '../model/live-pricing';
import { quoteRef, reasonText } from '../model/quote-format';
import { HistoryPanel } from '../panels/HistoryPanel';
import { MarginPanel } from '../panels/MarginPanel';
import { MilestonesEditor } from '../panels/MilestonesEditor';
import { TermsEditor } from '../panels/TermsEditor';
import { TotalsPanel } from '../panels/TotalsPanel';
import { RevisionDiffModal } from '../revisions/RevisionDiffModal';
import { EditorHeader } from './EditorHeader';
import { HeaderFields } from './HeaderFields';
import { useQuoteDraft } from './use-quote-draft';

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

interface QuoteEditorProps {
  detail: QuoteDetail;
  onOpen(revisionId: number): void;
  onBack(): void;
}

/** One revision of a quote: header, lines, totals, margin, milestones, terms, approval and history. */
export function QuoteEditor({ detail, onOpen, onBack }: QuoteEditorProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // Autosave waits while a problem the server would refuse is being fixed.
  const holdReason = useCallback(
    (c: QuoteContent) => {
      const shares = c.milestones.reduce((sum, m) => sum + m.percentBp, 0);
      if (c.milestones.length > 0 && shares !== 10_000) return t('quoteUi.save.heldMilestones');
      if (c.discount.kind === 'targetTotal') {
        const { problems } = livePrice(c);
        if (problems.includes('targetAbove') || problems.includes('targetInclusiveOnly')) {
          return t('quoteUi.save.heldDiscount');
        }
      }
      return null;
    },
    [t],
  );
  const draft = useQuoteDraft(detail, holdReason);
  const { content, edit, flush, errors } = draft;
  const editable = detail.editable;
  const settings = useMethod('quoteSettings.get', {});
  const versions = useMethod('prices.versions', {});
  const gridRef = useRef<LineGridHandle>(null);
  const pickerRef = useRef<ItemPickerHandle>(null);

  const live = useMemo(() => livePrice(content), [content]);
  const rules = settings.data;
  const reasons = useMemo(
    () =>
      live.priced && rules
        ? approvalReasons(content, live.priced, {
            minMarginBp: rules.minMarginBp,
            maxWholeDiscountBp: rules.maxWholeDiscountBp,
          })
        : detail.approvalReasons,
    [content, live.priced, rules, detail.approvalReasons],
  );
  // Lines that need approval are marked — until the quote is approved as it stands.
  const approvedAsIs = detail.approval !== null && detail.state !== 'draft' && detail.state !== 'pending';
  const unsaved = draft.status !== 'saved';
  const flags = useMemo(() => {
    const map = new Map<string, string>();
    if (approvedAsIs && !unsaved) return map;
    for (const reason of reasons) if (reason.kind === 'belowFloor') map.set(reason.lineId, reasonText(reason, t));
    return map;
  }, [reasons, t, approvedAsIs, unsaved]);

  const [chosenSection, setChosenSection] = useState<string | null>(null);
  const sections = content.sections;
  const currentSectionId = sections.find((s) => s.id === chosenSection)?.id ?? sections[sections.length - 1]?.id ?? '';
  const onCurrentSection = useCallback((sectionId: string) => setChosenSection(sectionId), []);

  const [customLine, setCustomLine] = useState<{ opened: boolean; session: number; line: QuoteLine | null }>({
    opened: false,
    session: 0,
    line: null,
  });
  const onEditCustom = useCallback(
    (line: QuoteLine) => setCustomLine((s) => ({ opened: true, session: s.session + 1, line })),
    [],
  );
  const [approveOpened, setApproveOpened] = useState(false);
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const [exportOpened, setExportOpened] = useState(false);
  const [compareOpened, setCompareOpened] = useState(false);
  const [deleteOpened, setDeleteOpened] = useState(false);
  /** Where the user wanted to go while edits could not be saved. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const leave = (go: () => void) => {
    if (draft.status === 'saved') return go();
    void flush().then((ok) => (ok ? go() : setLeaving(() => go)));
  };

  // Ctrl+S saves now (autosave does it anyway after a pause).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  const versionLabel = (versionId: number) => versions.data?.find((v) => v.id === versionId)?.label ?? '';
  const priceOf = (item: PriceItem) =>
    unitPriceInMode(item.priceFen, item.vatRateBp, detail.priceListVatMode, content.vatMode);

  const addItem = (item: PriceItem) => {
    const id = newLocalId('l');
    const line = lineFromItem(item, {
      id,
      sectionId: currentSectionId,
      versionLabel: versionLabel(item.versionId),
      listVatMode: detail.priceListVatMode,
      quoteVatMode: content.vatMode,
    });
    edit((c) => addLines(c, [line]));
    gridRef.current?.editQuantity(id, () => pickerRef.current?.focus());
  };

  const saveCustomLine = (line: QuoteLine) => {
    const exists = content.lines.some((l) => l.id === line.id);
    if (exists) {
      edit(
        (c) => ({
          ...c,
          lines: orderedLines({ sections: c.sections, lines: c.lines.map((l) => (l.id === line.id ? line : l)) }),
        }),
        { lines: ['name', 'unit', 'unitPrice', 'vat', 'quantity'].map((field) => ({ id: line.id, field })) },
      );
    } else {
      edit((c) => addLines(c, [line]));
    }
    setCustomLine((s) => ({ ...s, opened: false }));
    requestAnimationFrame(() => gridRef.current?.focusLine(line.id));
  };

  const newSection = () => {
    let created = '';
    edit((c) => {
      const result = addSection(c, t('quoteUi.grid.newSectionTitle', { n: c.sections.length + 1 }));
      created = result.sectionId;
      return result.content;
    });
    if (created) setChosenSection(created);
  };

  const afterChange = (next: QuoteDetail) => {
    client.setQueryData(['quotes.get', { revisionId: next.revisionId }], next);
    void client.invalidateQueries({ queryKey: ['quotes.list'] });
  };

  const revise = async () => {
    try {
      const next = await request('quotes.revise', { revisionId: detail.revisionId });
      await client.invalidateQueries({ queryKey: ['quotes.get'] });
      afterChange(next);
      notifySuccess(t('quoteUi.editor.revised', { ref: quoteRef(next) }));
      onOpen(next.revisionId);
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const draftContract = async () => {
    try {
      const by = window.localStorage.getItem(ACTOR_KEY) ?? '';
      const created = await request('contracts.create', { quoteNumber: quoteRef(detail), by });
      client.setQueryData(['contracts.get', { id: created.id }], created);
      void client.invalidateQueries({ queryKey: ['contracts.list'] });
      notifySuccess(t('quoteUi.editor.contractDrafted', { number: created.number, quote: quoteRef(detail) }));
      window.location.hash = `#/contracts/${created.id}`;
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const deleteQuote = async () => {
    setDeleteOpened(false);
    try {
      await request('quotes.delete', { quoteId: detail.quoteId });
      void client.invalidateQueries({ queryKey: ['quotes.list'] });
      notifySuccess(t('quoteUi.editor.deleted', { ref: quoteRef(detail) }));
      onBack();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const revisions = [...detail.revisions].sort(
    (a, b) => a.revision.length - b.revision.length || a.revision.localeCompare(b.revision),
  );
  const position = revisions.findIndex((r) => r.revisionId === detail.revisionId);
  const previous = (position > 0 ? revisions[position - 1] : undefined) ?? null;
  const latest = revisions[revisions.length - 1];

  const lineErrorList = Object.entries(errors.lines).flatMap(([lineId, fields]) => {
    const line = content.lines.find((l) => l.id === lineId);
    if (!line) return [];
    const number = orderedLines(content).indexOf(line) + 1;
    return Object.values(fields).map((message) => ({ lineId, number, code: line.code || line.name, message }));
  });
  const otherErrors = Object.entries(errors.other);
  const showErrors = draft.status === 'failed' && (errorCount(errors) > 0 || draft.error);

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
        onApprove={() => setApproveOpened(true)}
        onAction={setAction}
        onExport={() => setExportOpened(true)}
        onCompare={
          previous
            ? () => {
                void flush().then(() => setCompareOpened(true));
              }
            : null
        }
        onRevise={() => void revise()}
        onDelete={() => setDeleteOpened(true)}
        onDraftContract={
          detail.isLatest && ['approved', 'sent', 'accepted'].includes(detail.state) ? () => void draftContract() : null
        }
      />

      {!detail.isLatest && latest && (
        <Alert color="gray" icon={<IconLock size={18} />} data-testid="quote-readonly">
          <Group justify="space-between">
            <Text size="sm">{t('quoteUi.editor.readOnlyOld', { revision: detail.revision })}</Text>
            <Button size="xs" variant="light" onClick={() => onOpen(latest.revisionId)}>
              {t('quoteUi.editor.openLatest', { revision: latest.revision })}
            </Button>
          </Group>
        </Alert>
      )}
      {detail.isLatest && !editable && (
        <Alert color="indigo" variant="light" icon={<IconLock size={18} />} data-testid="quote-readonly">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {detail.state === 'sent'
                ? t('quoteUi.editor.readOnlySent')
                : t('quoteUi.editor.readOnlyClosed', { state: t(`quotes.states.${detail.state}`) })}
            </Text>
            {detail.canRevise && (
              <Button size="xs" onClick={() => void revise()} data-testid="quote-revise-inline">
                {t('quoteUi.editor.revise')}
              </Button>
            )}
          </Group>
        </Alert>
      )}

      <HeaderFields detail={detail} content={content} editable={editable} errors={errors.other} edit={edit} />

      <ApprovalPanel
        detail={detail}
        reasons={reasons}
        canApprove={detail.allowedActions.includes('approve')}
        dirty={unsaved}
        onApprove={() => setApproveOpened(true)}
        onJump={(lineId) => gridRef.current?.focusLine(lineId, 'discount')}
      />

      {showErrors && (
        <Alert
          color="red"
          icon={<IconAlertCircle size={18} />}
          title={t('quoteUi.save.failedTitle')}
          data-testid="save-errors"
        >
          <Text size="sm">{draft.error}</Text>
          {(lineErrorList.length > 0 || otherErrors.length > 0) && (
            <List size="sm" mt={4} spacing={2}>
              {lineErrorList.map((e) => (
                <List.Item key={`${e.lineId}-${e.message}`} data-testid="save-error-line">
                  <Anchor component="button" size="sm" onClick={() => gridRef.current?.focusLine(e.lineId)}>
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
      )}

      <Paper withBorder radius="md" style={{ overflow: 'hidden' }} data-testid="quote-lines">
        {editable && (
          <Group gap="sm" p="sm" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <ItemPicker
              ref={pickerRef}
              versionLabel={versions.data?.find((v) => v.isCurrent)?.label ?? ''}
              priceOf={priceOf}
              onPick={addItem}
            />
            {sections.length > 1 && (
              <Select
                aria-label={t('quoteUi.picker.section')}
                data={sections.map((s) => ({ value: s.id, label: s.title }))}
                value={currentSectionId}
                onChange={(value) => value && setChosenSection(value)}
                allowDeselect={false}
                w={170}
                leftSection={
                  <Text size="xs" c="dimmed" pl={4}>
                    {t('quoteUi.picker.to')}
                  </Text>
                }
                leftSectionWidth={44}
                data-testid="picker-section"
              />
            )}
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setCustomLine((s) => ({ opened: true, session: s.session + 1, line: null }))}
              data-testid="add-custom"
            >
              {t('quoteUi.custom.title')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFolderPlus size={16} />}
              onClick={newSection}
              data-testid="add-section"
            >
              {t('quoteUi.grid.addSection')}
            </Button>
          </Group>
        )}
        <LineGrid
          ref={gridRef}
          content={content}
          priced={live.priced}
          editable={editable}
          errors={errors}
          flags={flags}
          currentSectionId={currentSectionId}
          onCurrentSection={onCurrentSection}
          edit={edit}
          onEditCustom={onEditCustom}
          language={i18n.language}
        />
      </Paper>

      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <MilestonesEditor
              milestones={content.milestones}
              priced={live.priced}
              editable={editable}
              errors={errors.other}
              onChange={(milestones, fixed) => edit((c) => ({ ...c, milestones }), { other: fixed ?? 'milestones' })}
            />
            <TermsEditor
              terms={content.terms}
              notes={content.notes}
              editable={editable}
              errors={errors.other}
              onChange={(kind, value) => edit((c) => ({ ...c, [kind]: value }), { other: kind })}
            />
            <HistoryPanel events={detail.events} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <TotalsPanel
              priced={live.priced}
              discount={content.discount}
              vatMode={content.vatMode}
              editable={editable}
              problems={live.problems}
              serverError={errors.other.discount}
              onDiscount={(discount) => edit((c) => ({ ...c, discount }), { other: 'discount' })}
            />
            <MarginPanel priced={live.priced} minMarginBp={rules?.minMarginBp ?? null} />
          </Stack>
        </Grid.Col>
      </Grid>

      <CustomLineModal
        opened={customLine.opened}
        session={customLine.session}
        line={customLine.line}
        sections={sections}
        sectionId={currentSectionId}
        vatMode={content.vatMode}
        onSave={saveCustomLine}
        onClose={() => setCustomLine((s) => ({ ...s, opened: false }))}
      />
      <ApproveModal
        opened={approveOpened}
        detail={detail}
        reasons={reasons}
        flush={flush}
        onClose={() => setApproveOpened(false)}
        onApproved={(next) => {
          afterChange(next);
          setApproveOpened(false);
        }}
      />
      <ActionModal
        action={action}
        detail={detail}
        flush={flush}
        onClose={() => setAction(null)}
        onDone={(next) => {
          afterChange(next);
          setAction(null);
        }}
      />
      <ExportDialog opened={exportOpened} detail={detail} flush={flush} onClose={() => setExportOpened(false)} />
      <RevisionDiffModal
        opened={compareOpened}
        number={detail.number}
        from={previous}
        to={{ revisionId: detail.revisionId, revision: detail.revision }}
        onClose={() => setCompareOpened(false)}
      />
      <Modal opened={leaving !== null} onClose={() => setLeaving(null)} title={t('quoteUi.editor.leaveTitle')} centered>
        <Text size="sm">{t('quoteUi.editor.leaveConfirm', { error: draft.held ?? draft.error ?? '' })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setLeaving(null)} data-testid="leave-stay">
            {t('quoteUi.editor.stay')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              const go = leaving;
              setLeaving(null);
              go?.();
            }}
            data-testid="leave-discard"
          >
            {t('quoteUi.editor.leave')}
          </Button>
        </Group>
      </Modal>
      <Modal
        opened={deleteOpened}
        onClose={() => setDeleteOpened(false)}
        title={t('quoteUi.editor.deleteTitle', { ref: quoteRef(detail) })}
        centered
      >
        <Text size="sm">{t('quoteUi.editor.deleteConfirm')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDeleteOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void deleteQuote()} data-testid="quote-delete-confirm">
            {t('quoteUi.editor.delete')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
