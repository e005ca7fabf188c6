import { Tooltip } from '@mantine/core';
import { useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import classes from './LineGrid.module.css';
import type { Move } from './row-types';

/** The text input of a cell being edited: Enter/Tab/arrows commit and move, Escape cancels. */
export function CellEditor({
  initial,
  selectAll,
  error,
  testId,
  onCommit,
  onCancel,
  onPaste,
}: {
  initial: string;
  selectAll: boolean;
  error: string | undefined;
  testId: string;
  onCommit(text: string, move: Move): boolean;
  onCancel(): void;
  onPaste?(text: string): boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    if (selectAll) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [selectAll]);

  const commit = (move: Move) => {
    if (done.current) return;
    done.current = true;
    const ok = onCommit(ref.current?.value ?? '', move);
    if (!ok) done.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        commit(event.shiftKey ? 'up' : 'down');
        break;
      case 'Tab':
        event.preventDefault();
        commit(event.shiftKey ? 'left' : 'right');
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        event.preventDefault();
        commit(event.key === 'ArrowUp' ? 'up' : 'down');
        break;
      case 'Escape':
        event.preventDefault();
        done.current = true;
        onCancel();
        break;
    }
  };

  const onPasteEvent = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!onPaste) return;
    const text = event.clipboardData.getData('text/plain');
    if (onPaste(text)) {
      event.preventDefault();
      done.current = true;
    }
  };

  return (
    <Tooltip label={error} opened={!!error} color="red" position="bottom-start" withinPortal multiline maw={320}>
      <input
        ref={ref}
        className={classes.editor}
        defaultValue={initial}
        onKeyDown={onKeyDown}
        onBlur={() => commit('blur')}
        onPaste={onPasteEvent}
        onMouseDown={(event) => event.stopPropagation()}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        aria-label={testId}
        autoComplete="off"
        spellCheck={false}
      />
    </Tooltip>
  );
}
