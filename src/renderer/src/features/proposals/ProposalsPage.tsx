import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { useHashDetail } from '../../components/use-hash-route';
import { ProposalBuilder } from './builder/ProposalBuilder';
import { ProposalList } from './list/ProposalList';

function BuilderRoute({ id, onBack }: { id: number; onBack(): void }) {
  const { t } = useTranslation();
  const proposal = useMethod('proposals.get', { id });
  if (proposal.error) {
    return (
      <Stack gap="md" maw={720}>
        <Alert color="red" title={t('common.error')} data-testid="proposal-load-error">
          {proposal.error.message}
        </Alert>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} w="fit-content">
          {t('libraryUi.builder.back')}
        </Button>
      </Stack>
    );
  }
  if (!proposal.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  return <ProposalBuilder key={id} proposal={proposal.data} onBack={onBack} />;
}

/** 方案书: the list of proposals, or one proposal in the builder (#/proposals/<id>). */
export function ProposalsPage() {
  const [detail, setDetail] = useHashDetail();
  const id = Number(detail);
  if (Number.isInteger(id) && id > 0) return <BuilderRoute id={id} onBack={() => setDetail('')} />;
  return <ProposalList onOpen={(next) => setDetail(String(next))} />;
}
