import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Turns schema issues into one message per field, in the user's language. Schemas carry i18n
 * keys ("err.taxIdCheckDigit") as their messages; zod's built-in checks are mapped by issue code.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_';
    if (fields[field] === undefined) fields[field] = describeIssue(issue, t);
  }
  return fields;
}

function describeIssue(issue: z.core.$ZodIssue, t: TFunction): string {
  const params: Record<string, unknown> = { ...('params' in issue ? issue.params : {}) };
  if ('maximum' in issue) params.max = String(issue.maximum);
  if ('minimum' in issue) params.min = String(issue.minimum);
  if (issue.message.startsWith('err.')) return t(issue.message, params);
  switch (issue.code) {
    case 'too_big':
      return t('err.tooLong', params);
    case 'too_small':
      return issue.minimum === 1 ? t('err.required') : t('err.tooShort', params);
    case 'invalid_value':
      return t('err.invalidChoice');
    case 'invalid_format':
      return t('err.format');
    case 'invalid_type':
      return issue.message.includes('received undefined') ? t('err.required') : t('err.invalidType');
    default:
      return t('err.invalidType');
  }
}
