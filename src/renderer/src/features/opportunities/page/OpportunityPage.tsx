import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../../../../../shared/api/opportunities';
import { useAction } from '../../../api/queries';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useSaveShortcut } from '../../quotes/editor/use-save-shortcut';
import { NewScriptModal } from '../../demo-scripts/list/NewScriptModal';
import { NewProposalModal } from '../../proposals/list/NewProposalModal';
import { NewQuoteModal } from '../../quotes/list/NewQuoteModal';
import { ConfirmationSection } from '../sections/ConfirmationSection';
import { DocumentsSection, type NewDocument } from '../sections/DocumentsSection';
import { EventsSection } from '../sections/EventsSection';
import { OverviewSection } from '../sections/OverviewSection';
import { PeopleSection } from '../sections/PeopleSection';
import { QualificationSection } from '../sections/QualificationSection';
import { TimelineSection } from '../sections/TimelineSection';
import { CloseModal, ReopenModal } from './CloseModal';
import { GateModal } from './GateModal';
import type { GateLink } from './MissingList';
import { OpportunityHeader } from './OpportunityHeader';
import { useOpportunityDraft } from './use-opportunity-draft';

export const TABS = ['overview', 'qualification', 'people', 'events', 'confirmation', 'documents', 'timeline'] as const;
type Tab = (typeof TABS)[number];

/** One opportunity: where it stands (header), and its record, documents and timeline in tabs. */
export function OpportunityPage({
  detail,
  tab,
  onTab,
  onBack,
}: {
  detail: OpportunityDetail;
  tab: string;
  onTab(tab: string): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const draft = useOpportunityDraft(detail);
  useSaveShortcut(draft.flush);
  const active: Tab = (TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'overview';
  const [moveTo, setMoveTo] = useState<number | null>(null);
  const [closing, setClosing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [creating, setCreating] = useState<NewDocument | null>(null);
  const archive = useAction('opportunities.archive', ['opportunities.get', 'opportunities.list']);
  const remove = useAction('opportunities.delete', ['opportunities.list']);
  const forOpportunity = { id: detail.id, customerId: detail.customer.id };
  const approvedQuote = detail.documents.quotes.find((q) => ['approved', 'sent', 'accepted'].includes(q.state));

  const newDocument = (kind: NewDocument) => {
    setMoveTo(null);
    setClosing(false);
    // A contract is drafted from an approved quote, on the quote's page.
    if (kind === 'contract')
      window.location.hash = approvedQuote ? `#/quotes/${approvedQuote.revisionId}` : '#/contracts';
    else setCreating(kind);
  };
  const onLink = (link: GateLink) => {
    switch (link.kind) {
      case 'newProposal':
        return newDocument('proposal');
      case 'newDemoScript':
        return newDocument('demoScript');
      case 'newQuote':
        return newDocument('quote');
      case 'newContract':
        return newDocument('contract');
      case 'openProposal':
        window.location.hash = `#/proposals/${link.id}`;
        return;
      case 'openQuote':
        window.location.hash = `#/quotes/${link.revisionId}`;
        return;
      case 'openContract':
        window.location.hash = `#/contracts/${link.id}`;
        return;
      case 'section':
        setMoveTo(null);
        setClosing(false);
        onTab('confirmation');
        return;
    }
  };
  const created = (message: string) => {
    setCreating(null);
    notifySuccess(message);
    void client.invalidateQueries({ queryKey: ['opportunities.get', { id: detail.id }] });
  };
  const section = {
    detail,
    record: draft.content,
    edit: (change: Parameters<typeof draft.edit>[0]) => void draft.edit(change),
    errors: draft.fieldErrors,
  };

  return (
    <Stack gap="md" data-testid="opportunity-page" data-id={detail.id} data-stage={detail.stage}>
      <OpportunityHeader
        detail={detail}
        draft={draft}
        onBack={onBack}
        onMove={setMoveTo}
        onClose={() => setClosing(true)}
        onReopen={() => setReopening(true)}
        onArchive={(archived) =>
          void archive.mutateAsync({ id: detail.id, archived }).catch((e: unknown) => notifyError(t('common.error'), e))
        }
        onDelete={() =>
          void remove
            .mutateAsync({ id: detail.id })
            .then(onBack)
            .catch((e: unknown) => notifyError(t('common.error'), e))
        }
      />
      {Object.keys(draft.fieldErrors).length > 0 && (
        <Alert color="red" data-testid="opportunity-field-errors">
          {Object.entries(draft.fieldErrors).map(([field, message]) => (
            <Text key={field} size="sm">
              {field.replace(/^record\./, '')}: {message}
            </Text>
          ))}
        </Alert>
      )}
      <Tabs value={active} onChange={(next) => next && onTab(next)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`opportunity-tab-${key}`}>
              {t(`opportunityUi.tabs.${key}`)}
              {key === 'people' && detail.peopleWarnings.length > 0 ? ' ·' : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewSection {...section} />
        </Tabs.Panel>
        <Tabs.Panel value="qualification" pt="md">
          <QualificationSection {...section} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <PeopleSection {...section} />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <EventsSection {...section} />
        </Tabs.Panel>
        <Tabs.Panel value="confirmation" pt="md">
          <ConfirmationSection {...section} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsSection detail={detail} onNew={newDocument} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineSection detail={detail} />
        </Tabs.Panel>
      </Tabs>
      <GateModal detail={detail} target={moveTo} onClose={() => setMoveTo(null)} onLink={onLink} flush={draft.flush} />
      <CloseModal
        detail={detail}
        opened={closing}
        onClose={() => setClosing(false)}
        onLink={onLink}
        flush={draft.flush}
      />
      <ReopenModal detail={detail} opened={reopening} onClose={() => setReopening(false)} />
      <NewProposalModal
        opened={creating === 'proposal'}
        opportunity={forOpportunity}
        onClose={() => setCreating(null)}
        onCreated={() => created(t('libraryUi.proposals.created'))}
      />
      <NewScriptModal
        opened={creating === 'demoScript'}
        opportunity={{ ...forOpportunity, roles: detail.audienceRoles }}
        onClose={() => setCreating(null)}
        onCreated={() => created(t('opportunityUi.timeline.logged'))}
      />
      <NewQuoteModal
        opened={creating === 'quote'}
        opportunity={forOpportunity}
        onClose={() => setCreating(null)}
        onCreated={(quote) => {
          setCreating(null);
          window.location.hash = `#/quotes/${quote.revisionId}`;
        }}
      />
    </Stack>
  );
}
