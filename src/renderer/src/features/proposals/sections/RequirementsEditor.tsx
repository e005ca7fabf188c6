import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE, type Coverage } from '../../../../../shared/proposals/proposal';
import { errorAt, moveSection, newId } from '../model/proposal-model';
import classes from './sections.module.css';
import { PrintNote, RowMoveButtons, type SectionEditorProps } from './common';

const COVERAGE_COLOR: Record<Coverage, string> = { full: 'teal', partial: 'yellow', none: 'red' };

function isCoverage(value: string): value is Coverage {
  return (COVERAGE as readonly string[]).includes(value);
}

/** 需求响应与偏离表: each requirement of the customer, the feature that meets it and how well. */
export function RequirementsEditor({ section, change, data, at }: SectionEditorProps<'requirements'>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  const solution = data.solution;
  const chosen = (solution?.modules ?? []).filter((m) => data.content.moduleIds.includes(m.id));
  const groups = chosen
    .filter((m) => m.features.length > 0)
    .map((m) => ({ group: m.name, items: m.features.map((f) => ({ value: `${m.id}:${f.name}`, label: f.name })) }));
  const known = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  // A feature chosen earlier whose module is no longer in scope stays visible, marked.
  const stray = [...new Set(section.rows.map((r) => r.feature).filter((f) => f !== '' && !known.has(f)))].map(
    (value) => {
      const [moduleId, ...rest] = value.split(':');
      const module = solution?.modules.find((m) => String(m.id) === moduleId);
      return {
        value,
        label: module
          ? t('libraryUi.requirements.outOfScope', { feature: `${module.name} › ${rest.join(':')}` })
          : t('libraryUi.requirements.unknownFeature', { feature: value }),
      };
    },
  );
  const options = stray.length > 0 ? [...groups, { group: t('libraryUi.requirements.other'), items: stray }] : groups;
  const count = (c: Coverage) => section.rows.filter((r) => r.coverage === c).length;

  type Row = (typeof section.rows)[number];
  const changeRow = (id: string, patch: Partial<Row>) =>
    change((s) => ({ ...s, rows: s.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
  const addRow = () => {
    const id = newId('r');
    setAdded(id);
    change((s) => ({ ...s, rows: [...s.rows, { id, requirement: '', feature: '', coverage: 'full', note: '' }] }));
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" data-testid="requirements-counts">
        <Badge variant="light" color="gray" size="lg" tt="none" data-testid="requirements-total">
          {t('libraryUi.requirements.total', { n: section.rows.length })}
        </Badge>
        {COVERAGE.map((c) => (
          <Badge
            key={c}
            variant="light"
            color={COVERAGE_COLOR[c]}
            size="lg"
            tt="none"
            data-testid={`requirements-${c}`}
          >
            {t(`libraryUi.requirements.coverage.${c}`)} {count(c)}
          </Badge>
        ))}
      </Group>
      {!solution && <PrintNote color="yellow">{t('libraryUi.requirements.noSolution')}</PrintNote>}
      {solution && groups.length === 0 && (
        <PrintNote color="yellow">{t('libraryUi.requirements.noFeatures')}</PrintNote>
      )}
      <div className={classes.reqGrid} role="table" aria-label={section.title} data-testid="requirements-table">
        <div className={classes.reqHead} role="row">
          <span role="columnheader">#</span>
          <span role="columnheader">{t('libraryUi.requirements.columns.requirement')}</span>
          <span role="columnheader">{t('libraryUi.requirements.columns.feature')}</span>
          <span role="columnheader">{t('libraryUi.requirements.columns.coverage')}</span>
          <span />
        </div>
        {section.rows.map((row, index) => {
          const rowAt = `${at}.rows.${row.id}`;
          return (
            <div key={row.id} className={classes.reqRow} role="row" data-testid="requirement-row">
              <Text size="sm" c="dimmed" mt={6} ta="right">
                {index + 1}
              </Text>
              <Stack gap={4}>
                <Textarea
                  aria-label={t('libraryUi.requirements.columns.requirement')}
                  placeholder={t('libraryUi.requirements.requirementPlaceholder')}
                  value={row.requirement}
                  autosize
                  minRows={1}
                  maxRows={5}
                  maxLength={500}
                  size="sm"
                  autoFocus={row.id === added}
                  error={errorAt(data.errors, `${rowAt}.requirement`)}
                  onChange={(event) => changeRow(row.id, { requirement: event.currentTarget.value })}
                  data-testid="requirement-text"
                />
                <TextInput
                  aria-label={t('libraryUi.requirements.columns.note')}
                  placeholder={t('libraryUi.requirements.notePlaceholder')}
                  value={row.note}
                  maxLength={500}
                  size="xs"
                  error={errorAt(data.errors, `${rowAt}.note`)}
                  onChange={(event) => changeRow(row.id, { note: event.currentTarget.value })}
                  data-testid="requirement-note"
                />
              </Stack>
              <Select
                aria-label={t('libraryUi.requirements.columns.feature')}
                placeholder={t('libraryUi.requirements.featurePlaceholder')}
                data={options}
                value={row.feature === '' ? null : row.feature}
                onChange={(value) => changeRow(row.id, { feature: value ?? '' })}
                searchable
                clearable
                size="sm"
                nothingFoundMessage={t('libraryUi.pickers.none')}
                comboboxProps={{ withinPortal: true, width: 280, position: 'bottom-start' }}
                error={errorAt(data.errors, `${rowAt}.feature`)}
                data-testid="requirement-feature"
              />
              <SegmentedControl
                size="xs"
                value={row.coverage}
                color={COVERAGE_COLOR[row.coverage]}
                onChange={(value) => isCoverage(value) && changeRow(row.id, { coverage: value })}
                data={COVERAGE.map((c) => ({ value: c, label: t(`libraryUi.requirements.coverage.${c}`) }))}
                aria-label={t('libraryUi.requirements.columns.coverage')}
                data-testid="requirement-coverage"
              />
              <Group gap={0} wrap="nowrap" align="flex-start">
                <RowMoveButtons
                  index={index}
                  count={section.rows.length}
                  onMove={(to) => change((s) => ({ ...s, rows: moveSection(s.rows, index, to) }))}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  mt={4}
                  aria-label={t('libraryUi.common.remove')}
                  onClick={() => change((s) => ({ ...s, rows: s.rows.filter((r) => r.id !== row.id) }))}
                  data-testid="requirement-remove"
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            </div>
          );
        })}
        {section.rows.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('libraryUi.requirements.empty')}
          </Text>
        )}
      </div>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={addRow}
        disabled={section.rows.length >= 500}
        style={{ alignSelf: 'flex-start' }}
        data-testid="requirement-add"
      >
        {t('libraryUi.requirements.add')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('libraryUi.requirements.exportHint')}
      </Text>
    </Stack>
  );
}
