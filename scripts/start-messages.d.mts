/** Types of scripts/start-messages.mjs, for the tests. */
export interface Reason {
  zh: string;
  en: string;
}
export type FailedStep = 'download' | 'native' | 'display';
export function installFailureReason(output: string, exitCode: number | null): Reason;
export function failureLine(step: FailedStep, reason: Reason, options: { fallback: boolean }): string;
export function fallbackDisabled(env: NodeJS.ProcessEnv): boolean;
export function displayMissing(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean;
export function serverUrlIn(text: string): string | null;
export function runningLine(url: string): string;
