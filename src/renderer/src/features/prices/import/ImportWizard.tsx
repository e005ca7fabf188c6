import { Button, Group, Stack, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport, IconFolderOpen } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportAnalysis, ImportResult, ImportStatus } from '../../../../../shared/api/prices';
import { CallError, request } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import { CommitStep, type CommitChoices, type Refusal } from './CommitStep';
import { fileToBase64 } from '../../../components/file-base64';
import { IMPORT_CHANGES } from './import-changes';
import { FileStep, type FileNotice } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultView } from './ResultView';

type Step = 'file' | 'mapping' | 'preview' | 'commit' | 'done';
const STEP_INDEX: Record<Step, number> = { file: 0, mapping: 1, preview: 2, commit: 3, done: 4 };
const POLL_MS = 250;

export interface AnalyzeChoices {
  sheet?: string;
  headerRow?: number;
  mapping?: ColumnMapping;
}

interface ImportWizardProps {
  viewedVersionId: number | null;
  onOpenDraft(versionId: number): void;
  onClose(): void;
}

/**
 * The import wizard. Reading, mapping and checking happen on the server in a job that writes
 * nothing; only "import" creates a new draft version.
 */
export function ImportWizard({ viewedVersionId, onOpenDraft, onClose }: ImportWizardProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>('file');
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const [uploading, setUploading] = useState(false);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  /** Counts analyses, so previews of an older mapping are never shown for a newer one. */
  const [revision, setRevision] = useState(0);
  const [analyzing, setAnalyzing] = useState(false);
  const [headerRowError, setHeaderRowError] = useState<string | null>(null);
  const [commitChoices, setCommitChoices] = useState<CommitChoices>({ mode: 'all', onDuplicate: 'update', label: '' });
  const [committing, setCommitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  /** The job whose answers still matter; answers for any other job are dropped. */
  const jobRef = useRef<string | null>(null);
  const analyzeSeq = useRef(0);

  const analyze = useCallback(
    async (jobId: string, choices: AnalyzeChoices, first = false) => {
      const seq = ++analyzeSeq.current;
      setAnalyzing(true);
      try {
        const next = await request('imports.analyze', { jobId, ...choices });
        if (seq !== analyzeSeq.current || jobRef.current !== jobId) return;
        setAnalysis(next);
        setHeaderRowError(null);
        setRevision((r) => r + 1);
        setStep((current) => (current === 'file' ? 'mapping' : current));
      } catch (error) {
        if (seq !== analyzeSeq.current || jobRef.current !== jobId) return;
        const fields = error instanceof CallError ? error.error.fields : {};
        if (fields.headerRow) setHeaderRowError(fields.headerRow);
        else if (fields.sheet) notifyError(t('common.error'), new Error(fields.sheet));
        else if (first) {
          jobRef.current = null;
          setStatus(null);
          setNotice({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        } else notifyError(t('common.error'), error);
      } finally {
        if (seq === analyzeSeq.current) setAnalyzing(false);
      }
    },
    [t],
  );

  /** What to do with the latest status of the job being read. */
  const onStatus = useCallback(
    (next: ImportStatus) => {
      if (jobRef.current !== next.jobId) return;
      setStatus(next);
      if (next.state === 'ready') void analyze(next.jobId, {}, true);
      else if (next.state === 'failed' || next.state === 'cancelled') {
        jobRef.current = null;
        setStatus(null);
        setNotice(
          next.state === 'failed'
            ? { kind: 'failed', message: next.error ?? next.fileName }
            : { kind: 'cancelled', message: t('prices.importer.file.cancelled', { file: next.fileName }) },
        );
      }
    },
    [analyze, t],
  );

  // Poll while the file is being read.
  useEffect(() => {
    if (status?.state !== 'reading') return;
    const jobId = status.jobId;
    const timer = window.setTimeout(() => {
      request('imports.status', { jobId }).then(onStatus, (error: unknown) => {
        if (jobRef.current !== jobId) return;
        jobRef.current = null;
        setStatus(null);
        setNotice({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [status, onStatus]);

  // Closing the wizard while a file is read stops the reading.
  useEffect(
    () => () => {
      const jobId = jobRef.current;
      if (jobId) void request('imports.cancel', { jobId }).catch(() => undefined);
    },
    [],
  );

  const choose = async (file: File) => {
    setNotice(null);
    setAnalysis(null);
    setResult(null);
    setRefusal(null);
    setUploading(true);
    try {
      const dataBase64 = await fileToBase64(file);
      const started = await request('imports.start', { fileName: file.name, dataBase64 });
      jobRef.current = started.jobId;
      onStatus(started);
    } catch (error) {
      setNotice({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setUploading(false);
    }
  };

  const cancelReading = async () => {
    const jobId = status?.jobId;
    if (!jobId) return;
    try {
      const next = await request('imports.cancel', { jobId });
      jobRef.current = null;
      setStatus(null);
      setNotice({ kind: 'cancelled', message: t('prices.importer.file.cancelled', { file: next.fileName }) });
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const startOver = () => {
    const jobId = jobRef.current;
    if (jobId && status?.state === 'reading') void request('imports.cancel', { jobId }).catch(() => undefined);
    jobRef.current = null;
    analyzeSeq.current++;
    setStatus(null);
    setAnalysis(null);
    setAnalyzing(false);
    setHeaderRowError(null);
    setRefusal(null);
    setResult(null);
    setStep('file');
  };

  const commit = async () => {
    if (!analysis) return;
    setCommitting(true);
    setRefusal(null);
    try {
      const label = commitChoices.label.trim();
      const done = await request('imports.commit', {
        jobId: analysis.jobId,
        mode: commitChoices.mode,
        onDuplicate: commitChoices.onDuplicate,
        ...(label ? { label } : {}),
      });
      await Promise.all(IMPORT_CHANGES.map((m) => client.invalidateQueries({ queryKey: [m] })));
      setResult(done);
      setStep('done');
    } catch (error) {
      if (error instanceof CallError && error.error.code === 'REFUSED') {
        setRefusal({ message: error.error.message, hint: error.error.fields._ ?? null });
      } else notifyError(t('common.error'), error);
    } finally {
      setCommitting(false);
    }
  };

  const canContinue = analysis !== null && analysis.missingFields.length === 0 && !analyzing;
  const back = (target: Step) => (
    <Button
      variant="default"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => setStep(target)}
      data-testid="import-back"
    >
      {t('prices.importer.nav.back')}
    </Button>
  );
  const next = (target: Step) => (
    <Button
      rightSection={<IconArrowRight size={16} />}
      disabled={!canContinue}
      onClick={() => setStep(target)}
      data-testid="import-next"
    >
      {t('prices.importer.nav.next')}
    </Button>
  );
  const chooseAnother = (
    <Button
      variant="subtle"
      leftSection={<IconFolderOpen size={16} />}
      onClick={startOver}
      data-testid="import-start-over"
    >
      {t('prices.importer.nav.startOver')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Stepper
        active={STEP_INDEX[step]}
        size="sm"
        onStepClick={(index) => {
          if (step === 'done' || !analysis) return;
          if (index === 0) startOver();
          else if (index < STEP_INDEX[step]) setStep(index === 1 ? 'mapping' : 'preview');
        }}
        allowNextStepsSelect={false}
      >
        <Stepper.Step label={t('prices.importer.steps.file')} />
        <Stepper.Step label={t('prices.importer.steps.mapping')} />
        <Stepper.Step label={t('prices.importer.steps.preview')} />
        <Stepper.Step label={t('prices.importer.steps.commit')} />
      </Stepper>

      {step === 'file' && (
        <FileStep
          status={status}
          uploading={uploading || (status?.state === 'ready' && analyzing)}
          notice={notice}
          onChoose={(file) => void choose(file)}
          onCancel={() => void cancelReading()}
          onOneFileOnly={() => setNotice({ kind: 'failed', message: t('prices.importer.file.oneFile') })}
        />
      )}

      {step === 'mapping' && analysis && (
        <>
          <MappingStep
            analysis={analysis}
            revision={revision}
            analyzing={analyzing}
            headerRowError={headerRowError}
            onAnalyze={(choices) => void analyze(analysis.jobId, choices)}
          />
          <Group justify="space-between">
            {chooseAnother}
            {next('preview')}
          </Group>
        </>
      )}

      {step === 'preview' && analysis && (
        <>
          <PreviewStep analysis={analysis} revision={revision} />
          <Group justify="space-between">
            {back('mapping')}
            {next('commit')}
          </Group>
        </>
      )}

      {step === 'commit' && analysis && (
        <>
          <CommitStep
            analysis={analysis}
            viewedVersionId={viewedVersionId}
            choices={commitChoices}
            onChange={(changes) => {
              setRefusal(null);
              setCommitChoices((current) => ({ ...current, ...changes }));
            }}
            refusal={refusal}
          />
          <Group justify="space-between">
            {back('preview')}
            <Button
              leftSection={<IconFileImport size={16} />}
              loading={committing}
              disabled={!canContinue}
              onClick={() => void commit()}
              data-testid="import-commit"
            >
              {t('prices.importer.commit.submit')}
            </Button>
          </Group>
        </>
      )}

      {step === 'done' && result && analysis && (
        <ResultView
          result={result}
          jobId={analysis.jobId}
          onOpenDraft={() => onOpenDraft(result.versionId)}
          onClose={onClose}
        />
      )}
    </Stack>
  );
}
