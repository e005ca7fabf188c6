import { Alert, Badge, Button, FileButton, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileZip } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageImportResult } from '../../../../shared/api/packages';
import { formatYuan } from '../../../../shared/money';
import { request } from '../../api/client';
import { fileToBase64 } from '../../components/file-base64';
import { notifySuccess } from '../../components/notify';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; file: { fileName: string; dataBase64: string }; preview: PackageImportResult }
  | { kind: 'importing'; file: { fileName: string; dataBase64: string }; preview: PackageImportResult }
  | { kind: 'refused'; message: string };

/** What the package brings in, as the dry run found it: the deal, the customer, counts, renumbering, gaps. */
function Preview({ preview }: { preview: PackageImportResult }) {
  const { t } = useTranslation();
  const o = preview.opportunity;
  const customer =
    preview.customer.action === 'new'
      ? t('packages.ui.customerNew', { name: preview.customer.name })
      : t(preview.customer.matchedBy === 'taxId' ? 'packages.ui.customerTaxId' : 'packages.ui.customerName', {
          name: preview.customer.name,
        });
  return (
    <Stack gap="xs" data-testid="package-preview">
      <Group gap="xs">
        <Text fw={600} data-testid="package-preview-name">
          {o.name}
        </Text>
        <Badge variant="light">
          {o.stage} {o.stageName}
        </Badge>
        {o.amountFen !== null && <Text size="sm">{formatYuan(o.amountFen)}</Text>}
      </Group>
      <Text size="xs" c="dimmed">
        {t('packages.ui.from', {
          by: preview.exportedBy || '—',
          at: preview.exportedAt.slice(0, 10),
          version: preview.appVersion,
        })}
      </Text>
      <Text size="sm" data-testid="package-preview-customer">
        {customer}
      </Text>
      <Text size="sm" data-testid="package-preview-counts">
        {t('packages.ui.counts', preview.counts)}
      </Text>
      {preview.renumbered.map((r) => (
        <Text key={`${r.kind}-${r.number}`} size="sm" c="orange.8" data-testid="package-preview-renumbered">
          {t('packages.ui.renumbered', { ...r, kind: t(`packages.ui.${r.kind}`) })}
        </Text>
      ))}
      {preview.missingItems.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('packages.ui.missingItems')}
          data-testid="package-preview-missing"
        >
          <List size="xs">
            {preview.missingItems.map((m) => (
              <List.Item key={m.code}>
                {m.code} {m.name}（{m.quote}）
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.conflicts.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('packages.ui.conflicts')}
          data-testid="package-preview-conflicts"
        >
          <List size="xs">
            {preview.conflicts.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** 导入商机包: choose a .presales file, see the dry run's preview, then import it in one go. */
export function ImportPackageModal({
  opened,
  onClose,
  onImported,
}: {
  opened: boolean;
  onClose(): void;
  onImported(id: number): void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const close = () => {
    setStep({ kind: 'choose' });
    onClose();
  };
  const choose = async (picked: File | null) => {
    if (!picked) return;
    setStep({ kind: 'checking' });
    const file = { fileName: picked.name, dataBase64: await fileToBase64(picked) };
    try {
      setStep({ kind: 'preview', file, preview: await request('opportunities.previewPackage', file) });
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const commit = async () => {
    if (step.kind !== 'preview') return;
    setStep({ kind: 'importing', file: step.file, preview: step.preview });
    try {
      const result = await request('opportunities.importPackage', step.file);
      await Promise.all(
        ['opportunities.list', 'funnel.get', 'customers.list'].map((m) => client.invalidateQueries({ queryKey: [m] })),
      );
      notifySuccess(t('packages.ui.imported', { id: result.opportunityId }));
      setStep({ kind: 'choose' });
      if (result.opportunityId !== null) onImported(result.opportunityId);
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('packages.ui.importTitle')} size="lg" data-testid="package-import">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('packages.ui.importIntro')}
        </Text>
        <FileButton onChange={(file) => void choose(file)} accept=".presales,application/zip">
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconFileZip size={16} />}
              w="fit-content"
              data-testid="package-import-choose"
            >
              {t('packages.ui.choose')}
            </Button>
          )}
        </FileButton>
        {step.kind === 'checking' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('packages.ui.previewing')}</Text>
          </Group>
        )}
        {step.kind === 'refused' && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="package-import-refused">
            {step.message}
          </Alert>
        )}
        {(step.kind === 'preview' || step.kind === 'importing') && <Preview preview={step.preview} />}
        <Group justify="flex-end">
          <Button
            disabled={step.kind !== 'preview'}
            loading={step.kind === 'importing'}
            onClick={() => void commit()}
            data-testid="package-import-confirm"
          >
            {t('packages.ui.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
