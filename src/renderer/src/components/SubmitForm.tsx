import type { ReactNode } from 'react';

interface SubmitFormProps {
  /** Runs on Enter or the submit button; the browser's own validation and page reload are off. */
  onSubmit(): void | Promise<void>;
  testId: string;
  children: ReactNode;
}

/** A modal's form: Enter submits it, our own checks (not the browser's) say what is wrong. */
export function SubmitForm({ onSubmit, testId, children }: SubmitFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      noValidate
      data-testid={testId}
    >
      {children}
    </form>
  );
}
