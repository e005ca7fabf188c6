import { useState } from 'react';

/**
 * Whether a library editor holds unsaved changes. A new entry starts dirty; every change marks it
 * dirty and tells the page (which asks before leaving); a save marks it clean again.
 */
export function useEditorDirty(isNew: boolean, onDirty: (dirty: boolean) => void) {
  const [dirty, setDirty] = useState(isNew);
  const markDirty = () => {
    setDirty(true);
    onDirty(true);
  };
  const markSaved = () => setDirty(false);
  return { dirty, markDirty, markSaved };
}
