import type { Locale } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { DocumentExportModal } from '../../../components/DocumentExportModal';

const FORMATS = ['docx', 'pdf'] as const;

interface ExportProps {
  opened: boolean;
  onClose(): void;
  scriptId: number;
  /** The language the script was generated in: the headings match it by default. */
  scriptLocale: Locale;
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
}

/** 导出: the script as Word or PDF — timetable, then each step — in Chinese or English. */
export function ExportModal({ opened, onClose, scriptId, scriptLocale, flush }: ExportProps) {
  return (
    <DocumentExportModal
      opened={opened}
      onClose={onClose}
      textKey="demoScriptUi.export"
      saveFirstKey="demoScriptUi.export.saveFirst"
      testId="script-export"
      formats={FORMATS}
      initialLocale={scriptLocale}
      flush={flush}
      exportFile={(format, locale) => call('demoScripts.export', { id: scriptId, format, locale })}
    />
  );
}
