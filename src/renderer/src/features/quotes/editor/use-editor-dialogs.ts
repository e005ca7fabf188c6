import { useState } from 'react';
import type { SaveStatus } from '../../../components/use-autosave-draft';
import type { LifecycleAction } from '../approval/ActionModal';

interface EditorDialogsOptions {
  status: SaveStatus;
  flush(): Promise<boolean>;
}

export interface EditorDialogs {
  approveOpened: boolean;
  setApproveOpened(opened: boolean): void;
  /** The lifecycle step (send, accept…) being confirmed. */
  action: LifecycleAction | null;
  setAction(action: LifecycleAction | null): void;
  exportOpened: boolean;
  setExportOpened(opened: boolean): void;
  compareOpened: boolean;
  setCompareOpened(opened: boolean): void;
  deleteOpened: boolean;
  setDeleteOpened(opened: boolean): void;
  /** Where the user wanted to go while edits could not be saved. */
  leaving: (() => void) | null;
  /** Goes once pending edits are saved; asks first when they cannot be. */
  leave(go: () => void): void;
  /** Stays, with the unsaved edits. */
  stay(): void;
  /** Goes where the user wanted to, dropping the unsaved edits. */
  leaveAnyway(): void;
}

/** Which of the editor's dialogs is open, and leaving the quote without losing edits. */
export function useEditorDialogs({ status, flush }: EditorDialogsOptions): EditorDialogs {
  const [approveOpened, setApproveOpened] = useState(false);
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const [exportOpened, setExportOpened] = useState(false);
  const [compareOpened, setCompareOpened] = useState(false);
  const [deleteOpened, setDeleteOpened] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const leave = (go: () => void) => {
    if (status === 'saved') return go();
    void flush().then((ok) => (ok ? go() : setLeaving(() => go)));
  };
  const stay = () => setLeaving(null);
  const leaveAnyway = () => {
    const go = leaving;
    setLeaving(null);
    go?.();
  };
  return {
    approveOpened,
    setApproveOpened,
    action,
    setAction,
    exportOpened,
    setExportOpened,
    compareOpened,
    setCompareOpened,
    deleteOpened,
    setDeleteOpened,
    leaving,
    leave,
    stay,
    leaveAnyway,
  };
}
