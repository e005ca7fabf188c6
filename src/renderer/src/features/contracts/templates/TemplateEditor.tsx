import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyClauseKey } from '../../../../../shared/contract-drafts/template-rules';
import type { ContractTemplateDetail } from '../../../../../shared/api/contract-templates';
import { CallError, request } from '../../../api/client';
import { useMethod } from '../../../api/queries';
import { notifySuccess } from '../../../components/notify';
import { AddTemplateClauseModal, type AddedClause } from './AddTemplateClauseModal';
import { CopyClauseModal } from './CopyClauseModal';
import { TemplateClauseList } from './TemplateClauseList';
import {
  addRow,
  copyRow,
  isDirty,
  moveRow,
  removeRow,
  rowViews,
  saveInput,
  setWording,
  stateOf,
  type EditorState,
} from './template-editor-model';

interface EditorFormProps {
  detail: ContractTemplateDetail;
  /** The row picked last (kept by the parent, so it stays picked after a save). */
  selectedId: string | null;
  onSelect(id: string | null): void;
  onBack(): void;
  onSaved(detail: ContractTemplateDetail): void;
}

function EditorForm({ detail, selectedId, onSelect, onBack, onSaved }: EditorFormProps) {
  const { t } = useTranslation();
  const { template, library } = detail;
  const saved = stateOf(template);
  const [state, setState] = useState<EditorState>(saved);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState(false);
  const [copying, setCopying] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const views = rowViews(state.rows, library, template.lang);
  const dirty = isDirty(state, saved);
  const inTemplate = new Set(state.rows.filter((r) => !r.copy).map((r) => r.clauseId));
  const available = library.filter((c) => !inTemplate.has(c.id));
  const copyIndex = state.rows.findIndex((r) => r.id === copying);
  const takenKeys = [
    ...library.map((c) => c.key),
    ...state.rows.filter((r) => r.copy && r.id !== copying).map((r) => r.copy?.key ?? ''),
  ];
  const change = (next: EditorState) => {
    setState(next);
    setProblem(null);
  };

  const save = async () => {
    setSaving(true);
    try {
      const next = await request('contractTemplates.save', saveInput(template.id, state));
      setFields({});
      setProblem(null);
      notifySuccess(t('contractTemplateUi.editor.saved', { name: next.template.name }));
      onSaved(next);
    } catch (error) {
      setFields(error instanceof CallError ? error.error.fields : {});
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const add = ({ clause, wording, afterId }: AddedClause) => {
    const added = addRow(state, clause, wording, afterId ?? null, library);
    change(added.state);
    onSelect(added.id);
    setAdding(false);
  };

  return (
    <Stack gap="md" data-testid="template-editor" data-key={template.key} data-dirty={dirty}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
            onClick={() => (dirty ? setLeaving(true) : onBack())}
            data-testid="template-back"
          >
            {t('contractTemplateUi.editor.back')}
          </Button>
          <Title order={3}>{t('contractTemplateUi.editor.title')}</Title>
          <Badge variant="light">{t(`language.${template.lang}`)}</Badge>
          <Badge variant="light" color="grape">
            {t(`contracts.kinds.${template.kind}`)}
          </Badge>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {dirty && (
            <Text size="sm" c="orange.8" data-testid="template-unsaved">
              {t('contractTemplateUi.editor.unsaved')}
            </Text>
          )}
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            loading={saving}
            disabled={!dirty}
            onClick={() => void save()}
            data-testid="template-save"
          >
            {t('contractTemplateUi.editor.save')}
          </Button>
        </Group>
      </Group>
      <Alert
        color={detail.usedBy > 0 ? 'blue' : 'gray'}
        variant="light"
        icon={<IconInfoCircle size={18} />}
        data-testid="template-used-by"
      >
        {detail.usedBy > 0
          ? t('contractTemplateUi.editor.usedBy', { n: detail.usedBy })
          : t('contractTemplateUi.editor.unused')}
      </Alert>
      {problem && (
        <Alert color="red" title={t('contractTemplateUi.editor.saveFailed')} data-testid="template-save-error">
          {problem}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md" bg="white">
        <Stack gap="sm">
          <TextInput
            label={t('contractTemplateUi.editor.name')}
            withAsterisk
            maxLength={80}
            value={state.name}
            error={fields.name}
            onChange={(event) => change({ ...state, name: event.currentTarget.value })}
            data-testid="template-name"
          />
          <Textarea
            label={t('contractTemplateUi.editor.description')}
            autosize
            minRows={2}
            maxLength={400}
            value={state.description}
            error={fields.description}
            onChange={(event) => change({ ...state, description: event.currentTarget.value })}
            data-testid="template-description"
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" bg="white">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t('contractTemplateUi.editor.clauses', { n: state.rows.length })}</Text>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setAdding(true)}
              data-testid="template-add-open"
            >
              {t('contractTemplateUi.editor.add')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('contractTemplateUi.editor.clausesHint')}
          </Text>
          {fields.clauses && (
            <Text size="sm" c="red.7" data-testid="template-clauses-error">
              {fields.clauses}
            </Text>
          )}
          <TemplateClauseList
            rows={state.rows}
            views={views}
            selectedId={selectedId}
            fields={fields}
            onSelect={onSelect}
            onMove={(from, to) => change(moveRow(state, from, to))}
            onRemove={(id) => change(removeRow(state, id))}
            onWording={(id, wording) => change(setWording(state, id, wording))}
            onCopy={setCopying}
          />
        </Stack>
      </Paper>
      <AddTemplateClauseModal
        opened={adding}
        available={available}
        rows={state.rows}
        views={views}
        lang={template.lang}
        onAdd={add}
        onClose={() => setAdding(false)}
      />
      <CopyClauseModal
        opened={copying !== null}
        heading={views[copyIndex]?.heading ?? ''}
        suggestedKey={copyClauseKey(views[copyIndex]?.key ?? 'clause', takenKeys)}
        takenKeys={takenKeys}
        onCopy={(copy) => {
          if (copying !== null) change(copyRow(state, copying, copy));
          setCopying(null);
        }}
        onClose={() => setCopying(null)}
      />
      <Modal
        opened={leaving}
        onClose={() => setLeaving(false)}
        title={t('contractTemplateUi.editor.discardTitle')}
        centered
      >
        <Text size="sm">{t('contractTemplateUi.editor.discard')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setLeaving(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onBack} data-testid="template-discard">
            {t('contractUi.library.discardConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/**
 * 编辑模板: the template's name and description, and its clauses in contract order — added from
 * the library, moved, removed, their wording chosen, or copied as new library clauses. Saved in
 * one go; contracts drafted from the template keep their own clauses.
 */
export function TemplateEditor({ id, onBack }: { id: number; onBack(): void }) {
  const client = useQueryClient();
  const detail = useMethod('contractTemplates.get', { id });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  if (detail.error) {
    return (
      <Alert color="red" data-testid="template-load-error">
        {detail.error.message}
      </Alert>
    );
  }
  if (!detail.data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
    <EditorForm
      // What the server saved is the new starting point (a copied clause gets its id there).
      key={JSON.stringify(detail.data.template)}
      detail={detail.data}
      selectedId={selectedId}
      onSelect={setSelectedId}
      onBack={onBack}
      onSaved={(next) => {
        client.setQueryData(['contractTemplates.get', { id }], next);
        void client.invalidateQueries({ queryKey: ['contractTemplates.list'] });
        void client.invalidateQueries({ queryKey: ['clauses.list'] });
        void client.invalidateQueries({ queryKey: ['clauses.get'] });
      }}
    />
  );
}
