import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { Locale } from '../../../../../shared/locale';
import { LibraryClausePicker, useLibraryClauseChoice } from '../clauses/LibraryClausePicker';
import type { EditorRow, RowView } from './template-editor-model';

const BEFORE_SIGNATURES = '__default';

export interface AddedClause {
  clause: LibraryClause;
  wording: string;
  /** The row it goes after; null: before the signatures (else at the end). */
  afterId: string | null;
}

interface AddProps {
  /** Library clauses of the template's language not in it yet. */
  available: LibraryClause[];
  rows: EditorRow[];
  views: RowView[];
  lang: Locale;
  onAdd(added: AddedClause): void;
  onClose(): void;
}

function AddForm({ available, rows, views, lang, onAdd, onClose }: AddProps) {
  const { t } = useTranslation();
  const choice = useLibraryClauseChoice(available);
  const [position, setPosition] = useState(BEFORE_SIGNATURES);
  const { clause: chosen, wording: chosenWording } = choice;
  const hasSignatures = views.some((v) => v.category === 'signatures');

  return (
    <Stack gap="md" data-testid="template-add-form">
      <LibraryClausePicker
        available={available}
        choice={choice}
        lang={lang}
        label={t('contractTemplateUi.add.clause')}
        noneText={t('contractTemplateUi.add.none')}
        testId="template-add-clause"
        previewMaxHeight={260}
      />
      <Select
        label={t('contractTemplateUi.add.position')}
        value={position}
        onChange={(value) => setPosition(value ?? BEFORE_SIGNATURES)}
        data={[
          {
            value: BEFORE_SIGNATURES,
            label: hasSignatures ? t('contractTemplateUi.add.beforeSignatures') : t('contractTemplateUi.add.atEnd'),
          },
          ...rows.flatMap((row, i) =>
            views[i]?.category === 'signatures'
              ? []
              : [
                  {
                    value: row.id,
                    label: t('contractTemplateUi.add.after', {
                      clause: `${views[i]?.number ?? ''} ${views[i]?.heading ?? ''}`.trim(),
                    }),
                  },
                ],
          ),
        ]}
        allowDeselect={false}
        data-testid="template-add-position"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          leftSection={<IconPlus size={16} />}
          disabled={!chosen || !chosenWording}
          onClick={() => {
            if (chosen && chosenWording) {
              onAdd({
                clause: chosen,
                wording: chosenWording.key,
                afterId: position === BEFORE_SIGNATURES ? null : position,
              });
            }
          }}
          data-testid="template-add-confirm"
        >
          {t('contractTemplateUi.add.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 添加条款: a clause of the library (in the template's language) that the template does not list yet. */
export function AddTemplateClauseModal({ opened, ...props }: AddProps & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={t('contractTemplateUi.add.title')}
      size="xl"
      data-testid="template-add"
    >
      {opened && <AddForm {...props} />}
    </Modal>
  );
}
