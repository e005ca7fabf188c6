import { Alert, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { Locale } from '../../../../../shared/locale';
import { ClauseText } from './ClauseText';

/** Which library clause, in which wording, is chosen; the first clause and its first wording to start. */
export function useLibraryClauseChoice(available: LibraryClause[]) {
  const [clauseId, setClauseId] = useState<string | null>(available[0] ? String(available[0].id) : null);
  const [wordingKey, setWordingKey] = useState<string | null>(null);
  const clause = available.find((c) => String(c.id) === clauseId) ?? null;
  const wording = clause?.wordings.find((w) => w.key === wordingKey) ?? clause?.wordings[0] ?? null;
  return {
    clauseId,
    clause,
    wording,
    chooseClause(id: string | null) {
      setClauseId(id);
      setWordingKey(null);
    },
    chooseWording: setWordingKey,
  };
}

export type LibraryClauseChoice = ReturnType<typeof useLibraryClauseChoice>;

interface PickerProps {
  available: LibraryClause[];
  choice: LibraryClauseChoice;
  lang: Locale;
  /** The clause select's label, and what to say when no clause is left to add. */
  label: string;
  noneText: string;
  testId: string;
  /** Cap the preview's height (a long clause scrolls inside it). */
  previewMaxHeight?: number;
}

/**
 * A clause of the library to add: a searchable select (heading and category), its wording when it
 * has more than one, and the chosen text as it will read.
 */
export function LibraryClausePicker({
  available,
  choice,
  lang,
  label,
  noneText,
  testId,
  previewMaxHeight,
}: PickerProps) {
  const { t } = useTranslation();
  if (available.length === 0) {
    return (
      <Alert color="gray" variant="light">
        {noneText}
      </Alert>
    );
  }
  const { clause, wording } = choice;
  return (
    <Stack gap="sm">
      <Select
        label={label}
        value={choice.clauseId}
        onChange={choice.chooseClause}
        data={available.map((c) => ({
          value: String(c.id),
          label: `${c.wordings[0]?.heading ?? c.key}（${t(`contracts.categories.${c.category}`)}）`,
        }))}
        allowDeselect={false}
        searchable
        data-testid={testId}
      />
      {clause && clause.wordings.length > 1 && (
        <Select
          label={t('contractUi.clause.wording')}
          value={wording?.key ?? null}
          onChange={choice.chooseWording}
          data={clause.wordings.map((w) => ({ value: w.key, label: w.label }))}
          allowDeselect={false}
        />
      )}
      {wording && (
        <Stack
          gap={4}
          p="sm"
          bg="gray.0"
          mah={previewMaxHeight}
          style={{ borderRadius: 6, overflow: previewMaxHeight ? 'auto' : undefined }}
        >
          <Text size="sm" fw={600}>
            {wording.heading}
          </Text>
          <ClauseText body={wording.body} articleIndex={undefined} lang={lang} />
        </Stack>
      )}
    </Stack>
  );
}
