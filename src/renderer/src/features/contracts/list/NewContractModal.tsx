import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../../shared/money';
import { useAction, useMethod } from '../../../api/queries';
import { notifySuccess } from '../../../components/notify';
import { STATE_COLOR as QUOTE_STATE_COLOR } from '../../quotes/model/quote-format';
import { ACTOR_KEY } from '../editor/ActionModal';
import { CONTRACTABLE_QUOTE_STATES } from '../model/contract-model';
import { SubmitForm } from '../../../components/SubmitForm';

function NewContractForm({ onCreated, onCancel }: { onCreated(id: number): void; onCancel(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const quotes = useMethod('quotes.list', {});
  const templates = useMethod('contractTemplates.list', {});
  const create = useAction('contracts.create', ['contracts.list', 'clauses.list']);
  const [quoteNumber, setQuoteNumber] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [tried, setTried] = useState(false);

  const list = quotes.data ?? [];
  const picked = list.find((q) => q.number === quoteNumber.trim()) ?? null;
  // The licence contract in Chinese unless another is chosen.
  const fallback =
    templates.data?.find((tpl) => tpl.key === 'licence-zh') ??
    templates.data?.find((tpl) => tpl.kind === 'licence' && tpl.lang === 'zh-CN') ??
    templates.data?.[0];
  const template = templates.data?.find((tpl) => String(tpl.id) === templateId) ?? fallback ?? null;

  const submit = async () => {
    setTried(true);
    setRefusal(null);
    if (quoteNumber.trim() === '') return;
    try {
      const by = window.localStorage.getItem(ACTOR_KEY) ?? '';
      const created = await create.mutateAsync({ quoteNumber: quoteNumber.trim(), template: template?.id, by });
      client.setQueryData(['contracts.get', { id: created.id }], created);
      notifySuccess(t('contractUi.create.created', { number: created.number, quote: created.quote.number }));
      onCreated(created.id);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <SubmitForm onSubmit={submit} testId="new-contract-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('contractUi.create.intro')}
        </Text>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('contractUi.create.quote')}
          </Text>
          {!quotes.data ? (
            <Center h={80}>
              <Loader size="sm" />
            </Center>
          ) : list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('contractUi.create.noQuotes')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={260} type="auto">
              <Radio.Group
                value={picked ? picked.number : null}
                onChange={(value) => {
                  setQuoteNumber(value);
                  setRefusal(null);
                }}
              >
                <Stack gap={4}>
                  {list.map((q) => {
                    const allowed = CONTRACTABLE_QUOTE_STATES.includes(q.state);
                    return (
                      <Box
                        key={q.quoteId}
                        data-testid="new-contract-quote"
                        data-number={q.number}
                        data-allowed={allowed}
                      >
                        <Radio
                          value={q.number}
                          disabled={!allowed}
                          label={
                            <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
                              <Stack gap={0} style={{ minWidth: 0 }}>
                                <Group gap={6} wrap="nowrap">
                                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                                    {q.number}-{q.revision}
                                  </Text>
                                  <Text size="sm" lineClamp={1}>
                                    {q.customerName}
                                  </Text>
                                </Group>
                                <Text size="xs" c="dimmed" lineClamp={1}>
                                  {q.title} · {formatYuan(q.totalFen)}
                                </Text>
                                {!allowed && (
                                  <Text size="xs" c="orange.8">
                                    {t('contractUi.create.notContractable', { state: t(`quotes.states.${q.state}`) })}
                                  </Text>
                                )}
                              </Stack>
                              <Badge
                                color={QUOTE_STATE_COLOR[q.state]}
                                variant="light"
                                style={{ flexShrink: 0 }}
                                data-testid="new-contract-quote-state"
                              >
                                {t(`quotes.states.${q.state}`)}
                              </Badge>
                            </Group>
                          }
                          styles={{ body: { width: '100%' }, labelWrapper: { flex: 1 } }}
                        />
                      </Box>
                    );
                  })}
                </Stack>
              </Radio.Group>
            </ScrollArea.Autosize>
          )}
        </Stack>
        <TextInput
          label={t('contractUi.create.quoteNumber')}
          description={t('contractUi.create.quoteNumberHint')}
          value={quoteNumber}
          maxLength={40}
          error={tried && quoteNumber.trim() === '' ? t('err.required') : undefined}
          onChange={(event) => {
            setQuoteNumber(event.currentTarget.value);
            setRefusal(null);
          }}
          data-testid="new-contract-number"
        />
        <Select
          label={t('contractUi.create.template')}
          value={template ? String(template.id) : null}
          onChange={setTemplateId}
          data={(templates.data ?? []).map((tpl) => ({
            value: String(tpl.id),
            label: `${tpl.name}（${t(`language.${tpl.lang}`)} · ${t(`contracts.kinds.${tpl.kind}`)}）`,
          }))}
          allowDeselect={false}
          data-testid="new-contract-template"
        />
        {template && (
          <Text size="xs" c="dimmed" mt={-8}>
            {template.description}
          </Text>
        )}
        {refusal && (
          <Alert color="red" variant="light" title={t('contractUi.create.refused')} data-testid="new-contract-error">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconFilePlus size={16} />}
            data-testid="new-contract-create"
          >
            {t('contractUi.create.submit')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 新建合同: from which quote (only approved, sent or accepted ones) and with which template. */
export function NewContractModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('contractUi.create.title')} size="lg" data-testid="new-contract">
      {opened && <NewContractForm onCreated={onCreated} onCancel={onClose} />}
    </Modal>
  );
}
