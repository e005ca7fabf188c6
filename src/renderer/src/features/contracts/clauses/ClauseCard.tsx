import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedClause } from '../../../../../shared/contract-drafts/review';
import type { LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { Locale } from '../../../../../shared/locale';
import { STATUS_COLOR, type Clause } from '../model/contract-model';
import { ClauseEditForm } from './ClauseEditForm';
import { ClauseText, DiffText } from './ClauseText';
import classes from './clauses.module.css';

export interface ClauseCardProps {
  clause: Clause;
  reviewed: ReviewedClause;
  articleIndex: number | undefined;
  lang: Locale;
  editable: boolean;
  /** The library version the clause was drafted from (null for added clauses). */
  library: LibraryClause | null;
  errors: string[];
  /** Merge fields of this clause that do not resolve. */
  problems: ReadonlySet<string>;
  flash: boolean;
  onChange(patch: Partial<Pick<Clause, 'heading' | 'body'>>): void;
  onRestore(): void;
  onWording(key: string): void;
  onRemove(): void;
}

/**
 * One clause: article number, heading, 标准 / 已修改 / 新增, the text with its merge fields marked,
 * and for an edited clause the changes against the standard wording. Draft only: 编辑, another
 * wording, 恢复标准文本, 删除 (not for 必备条款).
 */
export function ClauseCard(props: ClauseCardProps) {
  const { t } = useTranslation();
  const { clause, reviewed, library, editable } = props;
  const [editing, setEditing] = useState(false);
  const [showDiff, setShowDiff] = useState(true);
  const status = reviewed.status;
  const wordings = library?.wordings ?? [];
  const wordingLabel = wordings.find((w) => w.key === clause.wording)?.label;
  const canRemove = editable && !clause.mandatory;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="white"
      id={`clause-${clause.id}`}
      className={classes.card}
      data-status={status}
      data-flash={props.flash || undefined}
      data-testid="clause-card"
      data-clause-id={clause.id}
      data-heading={clause.heading}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
            {reviewed.number && (
              <Text fw={700} data-testid="clause-number">
                {reviewed.number}
              </Text>
            )}
            <Text fw={700} data-testid="clause-heading">
              {clause.heading}
            </Text>
            <Badge color={STATUS_COLOR[status]} variant="light" data-testid="clause-status" data-status={status}>
              {t(`contracts.status.${status}`)}
            </Badge>
            {clause.mandatory && (
              <Tooltip label={t('contractUi.clause.mandatoryHint')} withinPortal>
                <Badge
                  color="dark"
                  variant="outline"
                  leftSection={<IconLock size={11} />}
                  data-testid="clause-mandatory"
                >
                  {t('contractUi.clause.mandatory')}
                </Badge>
              </Tooltip>
            )}
            {wordings.length > 1 && (!editable || editing) && wordingLabel && (
              <Badge color="indigo" variant="outline">
                {wordingLabel}
              </Badge>
            )}
          </Group>
          {editable && !editing && (
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              {wordings.length > 1 && (
                <Select
                  size="xs"
                  w={130}
                  value={clause.wording}
                  data={wordings.map((w) => ({ value: w.key, label: w.label }))}
                  onChange={(value) => value && value !== clause.wording && props.onWording(value)}
                  allowDeselect={false}
                  aria-label={t('contractUi.clause.wording')}
                  data-testid="clause-wording"
                />
              )}
              {status === 'edited' && library && (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="orange"
                  leftSection={<IconArrowBackUp size={14} />}
                  onClick={props.onRestore}
                  data-testid="clause-restore"
                >
                  {t('contractUi.clause.restore')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconPencil size={14} />}
                onClick={() => setEditing(true)}
                data-testid="clause-edit"
              >
                {t('contractUi.clause.edit')}
              </Button>
              {canRemove ? (
                <Tooltip label={t('contractUi.clause.remove')} withinPortal>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={props.onRemove}
                    aria-label={t('contractUi.clause.remove')}
                    data-testid="clause-remove"
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              ) : (
                <Tooltip label={t('contractUi.clause.mandatoryHint')} withinPortal>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('contractUi.clause.mandatory')} disabled>
                    <IconLock size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          )}
        </Group>

        {editing ? (
          <ClauseEditForm
            heading={clause.heading}
            body={clause.body}
            errors={props.errors}
            onChange={props.onChange}
            onDone={() => setEditing(false)}
          />
        ) : (
          <ClauseText
            body={clause.body}
            articleIndex={props.articleIndex}
            lang={props.lang}
            problems={props.problems}
          />
        )}
        {!editing && props.errors.length > 0 && (
          <Text size="xs" c="red.7">
            {props.errors.join(' · ')}
          </Text>
        )}

        {status === 'edited' && reviewed.diff.length > 0 && (
          <Stack gap={6}>
            <Switch
              size="xs"
              checked={showDiff}
              onChange={(event) => setShowDiff(event.currentTarget.checked)}
              label={t('contractUi.clause.showDiff')}
              data-testid="clause-diff-toggle"
            />
            {showDiff && <DiffText diff={reviewed.diff} />}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
