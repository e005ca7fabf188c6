import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { errorAt } from '../model/proposal-model';
import { StringListEditor, type SectionEditorProps } from './common';

/** 项目背景与需求分析: the customer's situation in rich text, their needs and their pain points. */
export function SituationEditor({ section, change, data, at }: SectionEditorProps<'situation'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <RichTextEditor
        key={section.id}
        value={section.body}
        onChange={(body) => change((s) => ({ ...s, body }))}
        label={t('libraryUi.situation.body')}
        description={t('libraryUi.situation.bodyHint', { example: '{{customer.name}}' })}
        error={errorAt(data.errors, `${at}.body`)}
        minHeight={200}
        testId="situation-body"
      />
      <StringListEditor
        label={t('libraryUi.situation.needs')}
        hint={t('libraryUi.situation.needsHint')}
        items={section.needs}
        onChange={(needs) => change((s) => ({ ...s, needs }))}
        errors={data.errors}
        at={`${at}.needs`}
        addLabel={t('libraryUi.situation.addNeed')}
        testId="situation-needs"
      />
      <StringListEditor
        label={t('libraryUi.situation.painPoints')}
        hint={t('libraryUi.situation.painPointsHint')}
        items={section.painPoints}
        onChange={(painPoints) => change((s) => ({ ...s, painPoints }))}
        errors={data.errors}
        at={`${at}.painPoints`}
        addLabel={t('libraryUi.situation.addPainPoint')}
        testId="situation-pain-points"
        marker="bullet"
      />
    </Stack>
  );
}
