export { formatBytes } from '../../../shared/format';

/** A local date-time in the UI language, e.g. 2026/11/27 09:30. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
