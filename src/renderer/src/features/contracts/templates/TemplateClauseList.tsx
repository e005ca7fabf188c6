import { ActionIcon, Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SortableList } from '../../../components/sortable-list/SortableList';
import { rowErrors, type EditorRow, type RowView } from './template-editor-model';
import classes from './templates.module.css';

interface TemplateClauseListProps {
  rows: EditorRow[];
  views: RowView[];
  selectedId: string | null;
  /** Field errors of the last save ("clauses.3.wording" …), shown under their row. */
  fields: Record<string, string>;
  onSelect(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  onWording(id: string, wording: string): void;
  onCopy(id: string): void;
}

/**
 * The template's clauses in contract order: drag a row or use ↑ ↓ to move it, remove it, pick
 * its wording where the clause offers a choice (仲裁 / 诉讼), or copy it as a new clause.
 */
export function TemplateClauseList(props: TemplateClauseListProps) {
  const { t } = useTranslation();
  const { rows, views } = props;
  const viewOf = new Map(rows.map((r, i) => [r.id, views[i]]));
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  return (
    <SortableList
      items={rows}
      selectedId={props.selectedId}
      onSelect={props.onSelect}
      onMove={props.onMove}
      onRemove={props.onRemove}
      text={{
        list: t('contractTemplateUi.editor.list'),
        moveUp: (title) => t('contractTemplateUi.editor.moveUp', { title }),
        moveDown: (title) => t('contractTemplateUi.editor.moveDown', { title }),
        remove: (title) => t('contractTemplateUi.editor.remove', { title }),
        removeConfirm: (title) => t('contractTemplateUi.editor.removeConfirm', { title }),
        removeAction: t('contractTemplateUi.editor.removeAction'),
      }}
      testIdPrefix="template-row"
      titleOf={(row) => viewOf.get(row.id)?.heading ?? ''}
      rowClassName={classes.row}
      confirmWidth={240}
      canRemove={rows.length > 1}
      rowData={(row) => ({
        'data-key': viewOf.get(row.id)?.key,
        'data-clause-id': row.clauseId,
        'data-copy': row.copy ? 'true' : undefined,
      })}
      renderRow={(row) => {
        const view = viewOf.get(row.id);
        if (!view) return null;
        const errors = rowErrors(props.fields, indexOf.get(row.id) ?? -1);
        return (
          <div style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" c="dimmed" w={64} style={{ flexShrink: 0 }}>
                {view.number}
              </Text>
              <Text size="sm" fw={500} lineClamp={1} data-testid="template-row-heading">
                {view.heading}
              </Text>
              {view.mandatory && (
                <Tooltip label={t('contractTemplateUi.editor.mandatory')} withinPortal>
                  <IconLock
                    size={13}
                    color="var(--mantine-color-gray-6)"
                    aria-label={t('contractUi.clause.mandatory')}
                  />
                </Tooltip>
              )}
              <Text size="xs" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
                {view.key}
              </Text>
              {row.copy && (
                <Badge size="xs" color="teal" variant="light" tt="none" data-testid="template-row-new">
                  {t('contractTemplateUi.editor.newClause')}
                </Badge>
              )}
              <Group gap={4} wrap="nowrap" ml="auto" onClick={(event) => event.stopPropagation()}>
                {view.wordings.length > 1 && (
                  <Select
                    size="xs"
                    w={130}
                    value={row.wording}
                    onChange={(value) => value && props.onWording(row.id, value)}
                    data={view.wordings.map((w) => ({ value: w.key, label: w.label }))}
                    allowDeselect={false}
                    aria-label={t('contractTemplateUi.editor.wording')}
                    data-testid="template-row-wording"
                  />
                )}
                <Tooltip label={t('contractTemplateUi.editor.copyClause')} withinPortal>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`${t('contractTemplateUi.editor.copyClause')}${t('common.colon')}${view.heading}`}
                    onClick={() => props.onCopy(row.id)}
                    data-testid="template-row-copy"
                  >
                    <IconCopy size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
            {errors.map((message) => (
              <Text key={message} size="xs" c="red.7" ml={70} data-testid="template-row-error">
                {message}
              </Text>
            ))}
          </div>
        );
      }}
    />
  );
}
