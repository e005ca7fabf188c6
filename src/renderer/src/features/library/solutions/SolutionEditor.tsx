import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconArrowDown,
  IconArrowUp,
  IconCopy,
  IconDeviceFloppy,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Solution } from '../../../../../shared/contract/library';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { notifyError, notifySuccess } from '../../../components/notify';
import classes from '../Library.module.css';
import { errorAt, fieldErrors, otherErrors } from '../library-model';
import { ItemCodeField } from './ItemCodeField';

interface FeatureDraft {
  key: string;
  name: string;
  description: string;
}
interface ModuleDraft {
  key: string;
  id?: number;
  name: string;
  itemCode: string;
  description: string;
  features: FeatureDraft[];
}
interface Draft {
  code: string;
  name: string;
  industry: string;
  summary: string;
  tags: string[];
  modules: ModuleDraft[];
}

let keySeq = 0;
const newKey = () => `n${(keySeq += 1)}`;

function toDraft(solution: Solution | null): Draft {
  if (!solution) return { code: '', name: '', industry: '', summary: '', tags: [], modules: [] };
  return {
    code: solution.code,
    name: solution.name,
    industry: solution.industry,
    summary: solution.summary,
    tags: solution.tags,
    modules: solution.modules.map((m) => ({
      key: `m${m.id}`,
      id: m.id,
      name: m.name,
      itemCode: m.itemCode,
      description: m.description,
      features: m.features.map((f) => ({ key: newKey(), ...f })),
    })),
  };
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

interface SolutionEditorProps {
  solution: Solution | null;
  onSaved(id: number): void;
  onDirty(dirty: boolean): void;
}

/** One industry solution: code, name, industry, summary, tags and its modules with their features. */
export function SolutionEditor({ solution, onSaved, onDirty }: SolutionEditorProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(solution));
  const [dirty, setDirty] = useState(solution === null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useAction('library.saveSolution', ['library.solutions']);
  const duplicate = useAction('library.duplicateSolution', ['library.solutions']);
  const archive = useAction('library.archiveSolution', ['library.solutions']);

  /** A change; the error of the field it fixes goes away (all module errors when modules move). */
  const change = (update: (draft: Draft) => Draft, fixes?: string) => {
    setDraft(update);
    setDirty(true);
    onDirty(true);
    if (fixes !== undefined) {
      setErrors((previous) =>
        Object.fromEntries(Object.entries(previous).filter(([k]) => k !== fixes && !k.startsWith(`${fixes}.`))),
      );
    }
  };
  const changeModule = (index: number, patch: Partial<ModuleDraft>, fixes?: string) =>
    change(
      (d) => ({ ...d, modules: d.modules.map((m, i) => (i === index ? { ...m, ...patch } : m)) }),
      fixes === undefined ? undefined : `modules.${index}.${fixes}`,
    );
  const changeFeatures = (index: number, update: (features: FeatureDraft[]) => FeatureDraft[], fixes?: string) =>
    change(
      (d) => ({
        ...d,
        modules: d.modules.map((m, i) => (i === index ? { ...m, features: update(m.features) } : m)),
      }),
      fixes === undefined ? `modules.${index}.features` : `modules.${index}.features.${fixes}`,
    );

  const submit = async () => {
    try {
      const saved = await save.mutateAsync({
        ...(solution ? { id: solution.id } : {}),
        code: draft.code.trim().toUpperCase(),
        name: draft.name,
        industry: draft.industry,
        summary: draft.summary,
        tags: draft.tags,
        modules: draft.modules.map((m) => ({
          ...(m.id !== undefined ? { id: m.id } : {}),
          name: m.name,
          itemCode: m.itemCode,
          description: m.description,
          features: m.features.map((f) => ({ name: f.name, description: f.description })),
        })),
      });
      setErrors({});
      setDirty(false);
      notifySuccess(t('libraryUi.solutions.saved', { name: saved.name }));
      onSaved(saved.id);
    } catch (error) {
      if (error instanceof CallError) setErrors(fieldErrors(error.error));
      notifyError(t('libraryUi.solutions.saveFailed'), error);
    }
  };

  const copy = async () => {
    if (!solution) return;
    try {
      const created = await duplicate.mutateAsync({ id: solution.id });
      notifySuccess(t('libraryUi.solutions.duplicated', { name: created.name, code: created.code }));
      onSaved(created.id);
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const toggleArchive = async () => {
    if (!solution) return;
    try {
      const updated = await archive.mutateAsync({ id: solution.id, archived: !solution.archived });
      notifySuccess(t(updated.archived ? 'libraryUi.list.archivedNotice' : 'libraryUi.list.restoredNotice'));
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const topFields = ['code', 'name', 'industry', 'summary', 'tags'];
  const rest = otherErrors(errors, (key) => topFields.some((f) => key.startsWith(f)) || key.startsWith('modules.'));
  const saveFirst = dirty ? t('libraryUi.unsaved.saveFirst') : undefined;

  return (
    <Paper withBorder radius="md" p="lg" bg="white" data-testid="solution-editor">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={4} lineClamp={1}>
              {solution ? solution.name : t('libraryUi.solutions.newTitle')}
            </Title>
            {solution?.archived && (
              <Badge variant="light" color="gray">
                {t('libraryUi.list.archived')}
              </Badge>
            )}
            {dirty && (
              <Badge variant="light" color="orange" data-testid="solution-dirty">
                {t('libraryUi.unsaved.badge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {solution && (
              <>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconCopy size={16} />}
                  onClick={() => void copy()}
                  loading={duplicate.isPending}
                  disabled={dirty}
                  title={saveFirst}
                  data-testid="solution-duplicate"
                >
                  {t('libraryUi.list.duplicate')}
                </Button>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={solution.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                  onClick={() => void toggleArchive()}
                  loading={archive.isPending}
                  disabled={dirty}
                  title={saveFirst}
                  data-testid="solution-archive"
                >
                  {solution.archived ? t('libraryUi.list.restore') : t('libraryUi.list.archive')}
                </Button>
              </>
            )}
            <Button
              size="sm"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void submit()}
              loading={save.isPending}
              disabled={!dirty}
              data-testid="solution-save"
            >
              {t('libraryUi.common.save')}
            </Button>
          </Group>
        </Group>
        {rest.length > 0 && (
          <Alert color="red" variant="light">
            {rest.map(([key, message]) => (
              <Text key={key} size="sm">
                {key} — {message}
              </Text>
            ))}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput
            label={t('libraryUi.solutions.fields.code')}
            placeholder={t('libraryUi.solutions.codeHint')}
            withAsterisk
            value={draft.code}
            maxLength={30}
            error={errorAt(errors, 'code')}
            onChange={(event) => {
              const code = event.currentTarget.value.toUpperCase();
              change((d) => ({ ...d, code }), 'code');
            }}
            ff="monospace"
            data-testid="solution-code"
          />
          <TextInput
            label={t('libraryUi.solutions.fields.name')}
            withAsterisk
            value={draft.name}
            maxLength={100}
            error={errorAt(errors, 'name')}
            onChange={(event) => {
              const name = event.currentTarget.value;
              change((d) => ({ ...d, name }), 'name');
            }}
            data-testid="solution-name"
          />
          <TextInput
            label={t('libraryUi.solutions.fields.industry')}
            value={draft.industry}
            maxLength={40}
            error={errorAt(errors, 'industry')}
            onChange={(event) => {
              const industry = event.currentTarget.value;
              change((d) => ({ ...d, industry }), 'industry');
            }}
            data-testid="solution-industry"
          />
        </Group>
        <Textarea
          label={t('libraryUi.solutions.fields.summary')}
          description={t('libraryUi.solutions.summaryHint')}
          value={draft.summary}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={2000}
          error={errorAt(errors, 'summary')}
          onChange={(event) => {
            const summary = event.currentTarget.value;
            change((d) => ({ ...d, summary }), 'summary');
          }}
          data-testid="solution-summary"
        />
        <TagsInput
          label={t('libraryUi.solutions.fields.tags')}
          description={t('libraryUi.list.tagsHint')}
          value={draft.tags}
          maxTags={20}
          error={errorAt(errors, 'tags')}
          onChange={(tags) =>
            change((d) => ({ ...d, tags: tags.map((x) => x.trim()).filter((x) => x !== '') }), 'tags')
          }
          data-testid="solution-tags"
        />
        <Group justify="space-between" mt="xs">
          <Stack gap={0}>
            <Text fw={600}>{t('libraryUi.solutions.modules')}</Text>
            <Text size="xs" c="dimmed">
              {t('libraryUi.solutions.modulesHint')}
            </Text>
          </Stack>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              change(
                (d) => ({
                  ...d,
                  modules: [...d.modules, { key: newKey(), name: '', itemCode: '', description: '', features: [] }],
                }),
                'modules',
              )
            }
            data-testid="module-add"
          >
            {t('libraryUi.solutions.addModule')}
          </Button>
        </Group>
        {draft.modules.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('libraryUi.solutions.noModules')}
          </Text>
        )}
        {draft.modules.map((module, index) => (
          <Paper key={module.key} withBorder radius="sm" p="sm" className={classes.module} data-testid="module">
            <Stack gap="xs">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Badge variant="light" mt={30} style={{ flexShrink: 0 }}>
                  {index + 1}
                </Badge>
                <TextInput
                  label={t('libraryUi.solutions.fields.moduleName')}
                  withAsterisk
                  value={module.name}
                  maxLength={60}
                  error={errorAt(errors, `modules.${index}.name`)}
                  onChange={(event) => changeModule(index, { name: event.currentTarget.value }, 'name')}
                  style={{ flex: 1 }}
                  data-testid="module-name"
                />
                <div style={{ width: 260 }}>
                  <ItemCodeField
                    value={module.itemCode}
                    onChange={(itemCode) => changeModule(index, { itemCode }, 'itemCode')}
                    error={errorAt(errors, `modules.${index}.itemCode`)}
                    testId="module-item-code"
                  />
                </div>
                <Group gap={2} mt={28} wrap="nowrap">
                  <Tooltip label={t('libraryUi.common.moveUp')} withinPortal>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      aria-label={t('libraryUi.common.moveUp')}
                      onClick={() => change((d) => ({ ...d, modules: move(d.modules, index, index - 1) }), 'modules')}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('libraryUi.common.moveDown')} withinPortal>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === draft.modules.length - 1}
                      aria-label={t('libraryUi.common.moveDown')}
                      onClick={() => change((d) => ({ ...d, modules: move(d.modules, index, index + 1) }), 'modules')}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('libraryUi.solutions.removeModule')} withinPortal>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('libraryUi.solutions.removeModule')}
                      onClick={() =>
                        change((d) => ({ ...d, modules: d.modules.filter((_, i) => i !== index) }), 'modules')
                      }
                      data-testid="module-remove"
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <Textarea
                label={t('libraryUi.solutions.fields.moduleDescription')}
                value={module.description}
                autosize
                minRows={1}
                maxRows={6}
                maxLength={1000}
                error={errorAt(errors, `modules.${index}.description`)}
                onChange={(event) => changeModule(index, { description: event.currentTarget.value }, 'description')}
                data-testid="module-description"
              />
              <Text size="sm" fw={500}>
                {t('libraryUi.solutions.features', { count: module.features.length })}
              </Text>
              {module.features.map((feature, f) => (
                <Group key={feature.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="feature">
                  <TextInput
                    placeholder={t('libraryUi.solutions.fields.featureName')}
                    aria-label={t('libraryUi.solutions.fields.featureName')}
                    value={feature.name}
                    maxLength={60}
                    size="xs"
                    w={180}
                    error={errorAt(errors, `modules.${index}.features.${f}.name`)}
                    onChange={(event) => {
                      const name = event.currentTarget.value;
                      changeFeatures(index, (list) => list.map((x, i) => (i === f ? { ...x, name } : x)), `${f}.name`);
                    }}
                    data-testid="feature-name"
                  />
                  <Textarea
                    placeholder={t('libraryUi.solutions.fields.featureDescription')}
                    aria-label={t('libraryUi.solutions.fields.featureDescription')}
                    value={feature.description}
                    autosize
                    minRows={1}
                    maxRows={4}
                    maxLength={500}
                    size="xs"
                    style={{ flex: 1 }}
                    error={errorAt(errors, `modules.${index}.features.${f}.description`)}
                    onChange={(event) => {
                      const description = event.currentTarget.value;
                      changeFeatures(
                        index,
                        (list) => list.map((x, i) => (i === f ? { ...x, description } : x)),
                        `${f}.description`,
                      );
                    }}
                    data-testid="feature-description"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    aria-label={t('libraryUi.solutions.removeFeature')}
                    onClick={() => changeFeatures(index, (list) => list.filter((_, i) => i !== f))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="compact-xs"
                leftSection={<IconPlus size={12} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => changeFeatures(index, (list) => [...list, { key: newKey(), name: '', description: '' }])}
                data-testid="feature-add"
              >
                {t('libraryUi.solutions.addFeature')}
              </Button>
            </Stack>
          </Paper>
        ))}
        {solution && (
          <Text size="xs" c="dimmed">
            {t('libraryUi.list.updated', { at: formatDateTime(solution.updatedAt, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
