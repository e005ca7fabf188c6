import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { useHashDetail } from '../../components/use-hash-route';
import { ScriptEditor } from './editor/ScriptEditor';
import { ScriptList } from './list/ScriptList';
import type { RegenerateReportData } from './regenerate/RegenerateReport';

function EditorRoute({ id, onBack }: { id: number; onBack(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const script = useMethod('demoScripts.get', { id });
  // A regeneration replaces the script: the editor starts again from the merged script (its
  // pending edits were saved first), and the report of kept hand edits stays until dismissed.
  const [generation, setGeneration] = useState(0);
  const [report, setReport] = useState<RegenerateReportData | null>(null);
  const [openStepId, setOpenStepId] = useState<string | null>(null);
  if (script.error) {
    return (
      <Stack gap="md" maw={720}>
        <Alert color="red" title={t('common.error')} data-testid="script-load-error">
          {script.error.message}
        </Alert>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} w="fit-content">
          {t('demoScriptUi.editor.back')}
        </Button>
      </Stack>
    );
  }
  if (!script.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  return (
    <ScriptEditor
      key={`${id}:${generation}`}
      detail={script.data}
      initialStepId={openStepId}
      report={report}
      onDismissReport={() => setReport(null)}
      onRegenerated={(outcome, stepId) => {
        client.setQueryData(['demoScripts.get', { id }], outcome.detail);
        void client.invalidateQueries({ queryKey: ['demoScripts.list'] });
        setReport({
          conflicts: outcome.conflicts,
          removedEditedSteps: outcome.removedEditedSteps,
          target: outcome.detail.settings.totalMinutes,
          total: outcome.detail.script.totalMinutes,
        });
        setOpenStepId(stepId !== null && outcome.detail.script.steps.some((s) => s.id === stepId) ? stepId : null);
        setGeneration((g) => g + 1);
      }}
      onBack={onBack}
    />
  );
}

/** 演示脚本: the list of demo scripts, or one script in the editor (#/demoScripts/<id>). */
export function DemoScriptsPage() {
  const [detail, setDetail] = useHashDetail();
  const id = Number(detail);
  if (Number.isInteger(id) && id > 0) return <EditorRoute key={id} id={id} onBack={() => setDetail('')} />;
  return <ScriptList onOpen={(next) => setDetail(String(next))} />;
}
