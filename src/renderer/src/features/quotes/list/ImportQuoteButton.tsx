import { Button, FileButton } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { call } from '../../../api/client';
import { ImportFailureModal, type ImportFailure } from '../../../components/ImportFailureModal';
import { notifySuccess } from '../../../components/notify';
import { errorPath } from '../model/field-errors';
import { quoteRef } from '../model/quote-format';

/** "sections[1].lines[2].code" → "第 2 组 › 第 3 行 › code": where in the file, as a person counts. */
export function filePlace(key: string, t: TFunction): string {
  const parts = errorPath(key);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : null;
    if (index !== null && (part === 'sections' || part === 'lines' || part === 'milestones')) {
      out.push(t(`quoteUi.importFile.places.${part}`, { n: index }));
      i += 1;
    } else {
      out.push(part);
    }
  }
  return out.join(' › ');
}

/** 导入报价文件: a .json quote file becomes a new quote; problems name their place in the file. */
export function ImportQuoteButton({ onImported }: { onImported(detail: QuoteDetail): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  /** Clears the file input, so choosing the same (fixed) file again imports it again. */
  const resetRef = useRef<() => void>(null);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const json = await file.text();
      const result = await call('quotes.importFile', { json });
      if (result.ok) {
        notifySuccess(t('quoteUi.importFile.imported', { ref: quoteRef(result.data), file: file.name }));
        onImported(result.data);
      } else {
        setFailure({ fileName: file.name, message: result.error.message, fields: Object.entries(result.error.fields) });
      }
    } finally {
      setBusy(false);
      resetRef.current?.();
    }
  };

  return (
    <>
      <FileButton resetRef={resetRef} onChange={(file) => void importFile(file)} accept=".json,application/json">
        {(props) => (
          <Button
            {...props}
            variant="default"
            loading={busy}
            leftSection={<IconFileImport size={16} />}
            data-testid="quote-import"
          >
            {t('quoteUi.list.import')}
          </Button>
        )}
      </FileButton>
      <ImportFailureModal
        failure={failure}
        onClose={() => setFailure(null)}
        title={t('quoteUi.importFile.failedTitle', { file: failure?.fileName ?? '' })}
        placeLabel={t('quoteUi.importFile.place')}
        problemLabel={t('quoteUi.importFile.problem')}
        hint={t('quoteUi.importFile.hint')}
        describePlace={(key) => filePlace(key, t)}
        testIds={{ modal: 'import-errors', message: 'import-error-message', row: 'import-error' }}
      />
    </>
  );
}
