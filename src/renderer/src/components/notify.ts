import { notifications } from '@mantine/notifications';
import { CallError } from '../api/client';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: error instanceof Error ? error.message : String(error),
    autoClose: 8000,
  });
}

/**
 * A refusal that names fields goes onto the form, next to what to fix; any other failure is a
 * notification with `title`.
 */
export function showFieldErrors(
  error: unknown,
  setErrors: (fields: Record<string, string>) => void,
  title: string,
): void {
  if (error instanceof CallError && Object.keys(error.error.fields).length > 0) setErrors(error.error.fields);
  else notifyError(title, error);
}
