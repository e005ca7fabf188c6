import { useCallback, useState } from 'react';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { call } from '../../../api/client';
import { useAutosaveDraft, type SaveStatus } from '../../../components/use-autosave-draft';
import { orderedLines } from '../model/content-ops';
import { NO_ERRORS, placeErrors, withoutLineError, withoutOtherError, type FieldErrors } from '../model/field-errors';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 600;

/** What an edit fixes: the error shown on that line cell or field goes away at once. */
export interface EditFix {
  lines?: { id: string; field: string }[];
  other?: string;
}

export interface QuoteDraft {
  content: QuoteContent;
  status: SaveStatus;
  /** Why autosave is waiting (a problem the user is still fixing, e.g. payment shares ≠ 100 %). */
  held: string | null;
  /** The message of the last failed save. */
  error: string | null;
  errors: FieldErrors;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  /** Saves what is pending now; false when the save failed (the edits stay on screen). */
  flush(): Promise<boolean>;
}

/**
 * The content being edited, saved automatically ~600 ms after the last change. Edits made while a
 * save is on its way are saved after it; a failed save keeps every edit on screen, places the
 * server's field errors next to the lines and fields they are about, and is retried on the next
 * edit (or with flush()). The detail in the query cache follows each save (state, reasons…).
 */
export function useQuoteDraft(
  detail: QuoteDetail,
  /** A reason not to autosave this content yet (the server would refuse it); null = save. */
  holdReason: (content: QuoteContent) => string | null = () => null,
): QuoteDraft {
  const revisionId = detail.revisionId;
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const draft = useAutosaveDraft<QuoteContent>({
    initial: () => ({ ...detail.content, lines: orderedLines(detail.content) }),
    editable: detail.editable,
    debounceMs: AUTOSAVE_MS,
    holdReason,
    // A problem still being fixed is not autosaved; "save now" still tries.
    saveHeld: true,
    save: (content) => call('quotes.save', { revisionId, content }),
    detailKey: ['quotes.get', { revisionId }],
    listKey: ['quotes.list'],
    onSaved: (_sent, current) => {
      if (current) setErrors(NO_ERRORS);
    },
    onFailed: (error, sent) => setErrors(placeErrors(error.fields, sent)),
  });
  const { content, status, held, error, edit: editContent, flush } = draft;

  const edit = useCallback(
    (change: (content: QuoteContent) => QuoteContent, fix?: EditFix) => {
      if (!editContent(change)) return;
      const fixedLines = fix?.lines ?? [];
      if (fixedLines.length > 0) {
        setErrors((previous) => fixedLines.reduce((e, { id, field }) => withoutLineError(e, id, field), previous));
      }
      if (fix?.other) {
        const key = fix.other;
        setErrors((previous) => withoutOtherError(previous, key));
      }
    },
    [editContent],
  );

  return { content, status, held, error, errors, edit, flush };
}
