import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../../shared/api/library';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { localeFromTag } from '../../../../../shared/locale';
import type { ProposalContent, ProposalSection } from '../../../../../shared/proposals/proposal';
import { resolveTitle } from '../../../../../shared/proposals/title';
import { request } from '../../../api/client';
import { useAction, useMethod } from '../../../api/queries';
import { EditorTopBar } from '../../../components/EditorTopBar';
import { notifyError, notifySuccess } from '../../../components/notify';
import { MergeText } from '../../../components/rich-text/RichDocView';
import { SaveIndicator } from '../../../components/SaveIndicator';
import { ProposalExport } from '../export/ProposalExport';
import { CustomerSelect, QuoteSelect, SolutionSelect } from '../list/pickers';
import {
  countUnder,
  errorAt,
  liveMergeProblems,
  liveMergeValues,
  moveSection,
  notPrinted,
} from '../model/proposal-model';
import { MergeTextInput, PrintNote, type BuilderData, type SectionEditorProps } from '../sections/common';
import { CustomEditor } from '../sections/CustomEditor';
import { LibraryPreview } from '../sections/LibraryPreview';
import { PlanEditor } from '../sections/PlanEditor';
import { BudgetPreview, CoverPreview, SolutionPreview, TocPreview } from '../sections/Previews';
import { RequirementsEditor } from '../sections/RequirementsEditor';
import { RisksEditor } from '../sections/RisksEditor';
import { SituationEditor } from '../sections/SituationEditor';
import { ValueEditor } from '../sections/ValueEditor';
import { AddSection } from './AddSection';
import classes from './builder.module.css';
import { ProblemsPanel } from './BuilderParts';
import { ModuleChecklist } from './ModuleChecklist';
import { SectionList } from './SectionList';
import { useDocumentTitle } from './use-document-title';
import { useProposalDraft } from './use-proposal-draft';

function useLinkedQuote(revisionId: number | null) {
  return useQuery<QuoteDetail>({
    queryKey: ['quotes.get', { revisionId: revisionId ?? 0 }],
    queryFn: () => request('quotes.get', { revisionId: revisionId ?? 0 }),
    enabled: revisionId !== null,
  });
}

/** The editor for one section, by kind. */
function SectionBody({
  section,
  change,
  data,
}: {
  section: ProposalSection;
  change(update: (section: ProposalSection) => ProposalSection): void;
  data: BuilderData;
}) {
  const at = `sections.${section.id}`;
  // Each editor changes only its own kind of section.
  const props = <K extends ProposalSection['kind']>(
    s: Extract<ProposalSection, { kind: K }>,
  ): SectionEditorProps<K> => ({
    section: s,
    change: (update) => change((current) => (current.kind === s.kind ? update(current as typeof s) : current)),
    data,
    at,
  });
  switch (section.kind) {
    case 'cover':
      return <CoverPreview {...props(section)} />;
    case 'toc':
      return <TocPreview {...props(section)} />;
    case 'situation':
      return <SituationEditor {...props(section)} />;
    case 'requirements':
      return <RequirementsEditor {...props(section)} />;
    case 'solution':
      return <SolutionPreview {...props(section)} />;
    case 'plan':
      return <PlanEditor {...props(section)} />;
    case 'budget':
      return <BudgetPreview {...props(section)} />;
    case 'value':
      return <ValueEditor {...props(section)} />;
    case 'risks':
      return <RisksEditor {...props(section)} />;
    case 'library':
      return <LibraryPreview {...props(section)} />;
    case 'custom':
      return <CustomEditor {...props(section)} />;
  }
}

function SidePanel({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" bg="white" style={{ overflow: 'hidden' }}>
      <Group justify="space-between" px="sm" py={8} className={classes.panelHead}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {extra}
      </Group>
      {children}
    </Paper>
  );
}

/**
 * 方案书 builder: the header (title with merge fields, customer, solution, quote), the modules in
 * scope, the chapters in print order (drag and drop, or ↑ ↓), and the editor of the chapter chosen.
 * Everything saves by itself; problems that would stop the export are shown on top.
 */
export function ProposalBuilder({ proposal, onBack }: { proposal: Proposal; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const locale = localeFromTag(i18n.language);
  const draft = useProposalDraft(proposal);
  const { content, edit } = draft;
  const [selectedId, setSelectedId] = useState<string | null>(
    () => (content.sections.find((s) => s.kind === 'situation') ?? content.sections[0])?.id ?? null,
  );
  const [exporting, setExporting] = useState(false);
  const remove = useAction('proposals.delete', ['proposals.list']);

  const customers = useMethod('customers.list', { query: '' });
  const company = useMethod('company.get', {});
  const solutions = useMethod('library.solutions', { query: '', includeArchived: true });
  const sections = useMethod('library.sections', { query: '', includeArchived: true });
  const quote = useLinkedQuote(content.quoteRevisionId);

  const customer = customers.data?.find((c) => c.id === content.customerId) ?? null;
  const solution = solutions.data?.find((s) => s.id === content.solutionId) ?? null;
  const library = new Map((sections.data ?? []).map((s) => [s.id, s]));
  const linkedQuote = content.quoteRevisionId !== null ? (quote.data ?? null) : null;
  const context = { customer, company: company.data ?? null, quote: linkedQuote, solution };
  const values = liveMergeValues(content, context);
  const problems = liveMergeProblems(content, values, library, solution);
  const data: BuilderData = {
    content,
    ...context,
    library,
    values,
    errors: draft.errors,
    warnings: proposal.warnings,
    locale,
  };
  const has = { solution: solution !== null, quote: linkedQuote !== null, library: (id: number) => library.has(id) };
  const selected = content.sections.find((s) => s.id === selectedId) ?? content.sections[0] ?? null;

  const setContent = (update: (c: ProposalContent) => ProposalContent) => edit(update);
  const changeSection = (id: string, update: (s: ProposalSection) => ProposalSection) =>
    setContent((c) => ({ ...c, sections: c.sections.map((s) => (s.id === id ? update(s) : s)) }));
  const addSection = (section: ProposalSection) => {
    setContent((c) => {
      const at = selected ? c.sections.findIndex((s) => s.id === selected.id) + 1 : c.sections.length;
      return { ...c, sections: [...c.sections.slice(0, at), section, ...c.sections.slice(at)] };
    });
    setSelectedId(section.id);
  };
  const removeSection = (id: string) => {
    const index = content.sections.findIndex((s) => s.id === id);
    setContent((c) => ({ ...c, sections: c.sections.filter((s) => s.id !== id) }));
    if (selected?.id === id) setSelectedId(content.sections[index + 1]?.id ?? content.sections[index - 1]?.id ?? null);
  };

  const deleteProposal = async () => {
    try {
      await remove.mutateAsync({ id: proposal.id });
      notifySuccess(t('libraryUi.builder.deleted'));
      onBack();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  // The title as printed; until its sources are loaded, the one the server filled in.
  const sourcesLoaded =
    customers.data !== undefined &&
    company.data !== undefined &&
    solutions.data !== undefined &&
    (content.quoteRevisionId === null || quote.data !== undefined);
  const printedTitle = sourcesLoaded ? resolveTitle(content.title, values) : proposal.title;
  useDocumentTitle(printedTitle);
  const unchecked = draft.status !== 'saved';

  return (
    <Stack gap="md" data-testid="proposal-builder">
      <EditorTopBar
        testIdPrefix="proposal"
        backLabel={t('libraryUi.builder.back')}
        onBack={onBack}
        title={<MergeText text={printedTitle} />}
        isDemo={proposal.isDemo}
        actions={
          <>
            <SaveIndicator
              status={draft.status}
              error={draft.error}
              textKey="libraryUi.save"
              heldText={draft.held > 0 ? t('libraryUi.save.held', { n: draft.held }) : null}
              saveWhenHeld
              statusTestId="proposal-save-status"
              saveNowTestId="proposal-save-now"
              onSave={() => void draft.flush()}
            />
            <Button
              leftSection={<IconFileExport size={16} />}
              color={proposal.blocker ? 'red' : undefined}
              variant={proposal.blocker ? 'light' : 'filled'}
              onClick={() => setExporting(true)}
              data-testid="proposal-export-open"
            >
              {t('libraryUi.builder.export')}
            </Button>
          </>
        }
        moreLabel={t('libraryUi.builder.more')}
        deleteLabel={t('libraryUi.builder.delete')}
        deleteTitle={t('libraryUi.builder.deleteTitle')}
        deleteConfirm={t('libraryUi.builder.deleteConfirm', { title: printedTitle })}
        onDelete={() => void deleteProposal()}
      />

      <ProblemsPanel
        blocker={proposal.blocker}
        warnings={proposal.warnings}
        problems={problems}
        stale={unchecked}
        onOpen={(id) => id && setSelectedId(id)}
      />

      <Paper withBorder radius="md" p="md" bg="white" data-testid="proposal-header">
        <Stack gap="sm">
          <MergeTextInput
            label={t('libraryUi.builder.titleLabel')}
            value={content.title}
            maxLength={200}
            error={errorAt(draft.errors, 'title')}
            onChange={(title) => setContent((c) => ({ ...c, title }))}
            testId="proposal-title-input"
          />
          <SimpleGrid cols={3} spacing="sm">
            <CustomerSelect
              value={content.customerId}
              error={errorAt(draft.errors, 'customerId')}
              onChange={(customerId) =>
                setContent((c) => ({
                  ...c,
                  customerId,
                  // A quote belongs to one customer: another customer's quote is unlinked.
                  quoteRevisionId: linkedQuote && linkedQuote.customer?.id !== customerId ? null : c.quoteRevisionId,
                }))
              }
              testId="proposal-customer"
            />
            <SolutionSelect
              value={content.solutionId}
              error={errorAt(draft.errors, 'solutionId')}
              onChange={(solutionId) =>
                setContent((c) => ({
                  ...c,
                  solutionId,
                  moduleIds:
                    solutionId === c.solutionId
                      ? c.moduleIds
                      : (solutions.data?.find((s) => s.id === solutionId)?.modules.map((m) => m.id) ?? []),
                }))
              }
              testId="proposal-solution"
            />
            <QuoteSelect
              value={content.quoteRevisionId}
              customerName={customer?.name ?? null}
              linkedLabel={linkedQuote ? `${linkedQuote.number}-${linkedQuote.revision}` : undefined}
              error={errorAt(draft.errors, 'quoteRevisionId')}
              onChange={(quoteRevisionId) => setContent((c) => ({ ...c, quoteRevisionId }))}
              testId="proposal-quote"
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <div className={classes.layout}>
        <div className={classes.side}>
          <SidePanel
            title={t('libraryUi.sectionList.title')}
            extra={
              <Text size="xs" c="dimmed">
                {t('libraryUi.sectionList.dragHint')}
              </Text>
            }
          >
            <SectionList
              sections={content.sections}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onMove={(from, to) => setContent((c) => ({ ...c, sections: moveSection(c.sections, from, to) }))}
              onRemove={removeSection}
              titleOf={(s) => resolveTitle(s.title, values)}
              notPrinted={(s) => notPrinted(s, has)}
              errorCount={(s) => countUnder(draft.errors, `sections.${s.id}`)}
              problemCount={(s) => problems.filter((p) => p.sectionId === s.id).length}
            />
            <div style={{ padding: 8 }}>
              <AddSection sections={content.sections} locale={locale} onAdd={addSection} />
            </div>
          </SidePanel>
          <SidePanel title={t('libraryUi.modules.title')}>
            <ModuleChecklist
              solution={solution}
              quote={linkedQuote}
              moduleIds={content.moduleIds}
              onChange={(moduleIds) => setContent((c) => ({ ...c, moduleIds }))}
            />
          </SidePanel>
        </div>

        {selected ? (
          <Paper
            withBorder
            radius="md"
            bg="white"
            style={{ overflow: 'hidden' }}
            data-testid="section-panel"
            data-kind={selected.kind}
          >
            <Group gap="sm" px="md" py="sm" className={classes.panelHead} align="flex-end" wrap="nowrap">
              <div style={{ flex: 1 }}>
                {selected.kind === 'cover' || selected.kind === 'toc' ? (
                  // The cover and the contents print no chapter title of their own.
                  <Title order={4} py={4}>
                    {t(`libraryUi.kinds.${selected.kind}`)}
                  </Title>
                ) : (
                  <MergeTextInput
                    label={t('libraryUi.builder.chapterTitle', { kind: t(`libraryUi.kinds.${selected.kind}`) })}
                    value={selected.title}
                    maxLength={100}
                    error={errorAt(draft.errors, `sections.${selected.id}.title`)}
                    onChange={(title) => changeSection(selected.id, (s) => ({ ...s, title }))}
                    testId="section-title-input"
                  />
                )}
              </div>
            </Group>
            <Stack gap="md" p="md">
              {(() => {
                const reason = notPrinted(selected, has);
                return reason && reason !== 'cover' && reason !== 'toc' ? (
                  <PrintNote color="gray">{t(`libraryUi.notPrinted.${reason}`)}</PrintNote>
                ) : null;
              })()}
              <SectionBody
                key={selected.id}
                section={selected}
                change={(update) => changeSection(selected.id, update)}
                data={data}
              />
            </Stack>
          </Paper>
        ) : (
          <Paper withBorder radius="md" p="xl" bg="white">
            <Text c="dimmed" ta="center">
              {t('libraryUi.builder.noSections')}
            </Text>
          </Paper>
        )}
      </div>

      <ProposalExport
        opened={exporting}
        onClose={() => setExporting(false)}
        proposalId={proposal.id}
        blocker={proposal.blocker}
        warnings={proposal.warnings}
        flush={draft.flush}
      />
    </Stack>
  );
}
