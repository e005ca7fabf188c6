import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedClause } from '../../../../../shared/contract-drafts/review';
import type { LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { Locale } from '../../../../../shared/locale';
import type { Clause } from '../model/contract-model';
import { BodyHint } from './ClauseEditForm';
import { ContractFieldMenu, insertAtCaret } from './ContractFieldMenu';
import { LibraryClausePicker, useLibraryClauseChoice } from './LibraryClausePicker';

export type NewClause =
  | { kind: 'library'; clause: LibraryClause; wording: string; afterId: string | null }
  | { kind: 'custom'; heading: string; body: string; afterId: string | null };

const BEFORE_SIGNATURES = '__end';

interface AddClauseProps {
  /** Optional library clauses not in the contract. */
  available: LibraryClause[];
  clauses: Clause[];
  reviewed: ReviewedClause[];
  lang: Locale;
  onAdd(clause: NewClause): void;
  onClose(): void;
}

function AddClauseForm({ available, clauses, reviewed, lang, onAdd, onClose }: AddClauseProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'library' | 'custom'>(available.length > 0 ? 'library' : 'custom');
  const choice = useLibraryClauseChoice(available);
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState('');
  const [position, setPosition] = useState(BEFORE_SIGNATURES);
  const [tried, setTried] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { clause: chosen, wording: chosenWording } = choice;
  const numberOf = new Map(reviewed.map((r) => [r.id, r.number]));
  const afterId = position === BEFORE_SIGNATURES ? null : position;

  const submit = () => {
    setTried(true);
    if (mode === 'library') {
      if (chosen && chosenWording) onAdd({ kind: 'library', clause: chosen, wording: chosenWording.key, afterId });
      return;
    }
    if (heading.trim() === '' || body.trim() === '') return;
    onAdd({ kind: 'custom', heading, body, afterId });
  };

  return (
    <Stack gap="md" data-testid="add-clause-form">
      <SegmentedControl
        value={mode}
        onChange={(value) => setMode(value === 'custom' ? 'custom' : 'library')}
        data={[
          { value: 'library', label: t('contractUi.add.fromLibrary') },
          { value: 'custom', label: t('contractUi.add.custom') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="add-clause-mode"
      />
      {mode === 'library' ? (
        <LibraryClausePicker
          available={available}
          choice={choice}
          lang={lang}
          label={t('contractUi.add.libraryClause')}
          noneText={t('contractUi.add.noneAvailable')}
          testId="add-clause-library"
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('contractUi.add.customHint')}
          </Text>
          <TextInput
            label={t('contractUi.clause.heading')}
            withAsterisk
            value={heading}
            maxLength={80}
            error={tried && heading.trim() === '' ? t('err.contracts.heading') : undefined}
            onChange={(event) => setHeading(event.currentTarget.value)}
            data-testid="add-clause-heading"
          />
          <Group justify="space-between" align="flex-end">
            <Text size="sm" fw={500}>
              {t('contractUi.clause.body')}
            </Text>
            <ContractFieldMenu onInsert={(text, line) => setBody(insertAtCaret(bodyRef.current, body, text, line))} />
          </Group>
          <Textarea
            ref={bodyRef}
            value={body}
            autosize
            minRows={5}
            maxRows={16}
            maxLength={20_000}
            aria-label={t('contractUi.clause.body')}
            error={tried && body.trim() === '' ? t('err.contracts.body') : undefined}
            onChange={(event) => setBody(event.currentTarget.value)}
            data-testid="add-clause-body"
          />
          <BodyHint />
        </Stack>
      )}
      <Select
        label={t('contractUi.add.position')}
        value={position}
        onChange={(value) => setPosition(value ?? BEFORE_SIGNATURES)}
        data={[
          { value: BEFORE_SIGNATURES, label: t('contractUi.add.beforeSignatures') },
          ...clauses
            .filter((c) => c.category !== 'signatures')
            .map((c) => ({
              value: c.id,
              label: t('contractUi.add.after', { clause: `${numberOf.get(c.id) ?? ''} ${c.heading}`.trim() }),
            })),
        ]}
        allowDeselect={false}
        data-testid="add-clause-position"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={submit}
          disabled={mode === 'library' && !chosen}
          data-testid="add-clause-confirm"
        >
          {t('contractUi.add.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 添加条款: an optional clause of the library (standard text) or one written here (新增). */
export function AddClauseModal({ opened, ...props }: AddClauseProps & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={props.onClose} title={t('contractUi.add.title')} size="xl" data-testid="add-clause">
      {opened && <AddClauseForm {...props} />}
    </Modal>
  );
}
