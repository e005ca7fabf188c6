/**
 * Opportunity confirmation (确认销售机会真实存在, seed 三): the questions a rep answers before
 * counting on the deal; progress is the share answered.
 */
export const CONFIRMATION_QUESTIONS = [
  'needs',
  'keyProblem',
  'sponsor',
  'strategyFit',
  'products',
  'markets',
  'partners',
  'revenueTrend',
  'financesVsPeers',
  'financialOutlook',
  'budget',
  'budgetGap',
  'budgetProcess',
] as const;
export type ConfirmationQuestion = (typeof CONFIRMATION_QUESTIONS)[number];

export interface ConfirmationProgress {
  answered: number;
  total: number;
  /** Whole percent, rounded down (80 % means at least 80 %). */
  percent: number;
  unanswered: ConfirmationQuestion[];
}

export function confirmationProgress(answers: Partial<Record<ConfirmationQuestion, string>>): ConfirmationProgress {
  const unanswered = CONFIRMATION_QUESTIONS.filter((q) => (answers[q] ?? '').trim() === '');
  const total = CONFIRMATION_QUESTIONS.length;
  const answered = total - unanswered.length;
  return { answered, total, percent: Math.floor((answered * 100) / total), unanswered };
}
