import { useTranslation } from 'react-i18next';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { errorAt } from '../model/proposal-model';
import type { SectionEditorProps } from './common';

/** A chapter written for this proposal only. */
export function CustomEditor({ section, change, data, at }: SectionEditorProps<'custom'>) {
  const { t } = useTranslation();
  return (
    <RichTextEditor
      key={section.id}
      value={section.body}
      onChange={(body) => change((s) => ({ ...s, body }))}
      label={t('libraryUi.custom.body')}
      description={t('libraryUi.custom.bodyHint', { example: '{{customer.name}}' })}
      error={errorAt(data.errors, `${at}.body`)}
      minHeight={280}
      testId="custom-body"
    />
  );
}
