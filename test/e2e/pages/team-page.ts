import type { Locator, Page } from 'playwright-core';
import { fieldError } from './field-error';

export type TeamField = 'url' | 'user' | 'password';

/** 设置 → 团队 (join a team server, sync, conflicts, leave) and 待审批 (a manager's decisions). */
export class TeamPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  // ——— Settings → 团队 ———

  /** Opens 设置 and its 团队 tab, and waits until the team status has loaded. */
  async openSettings(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/settings`);
    await this.page.getByTestId('settings-tab-team').click();
    await this.panel().waitFor();
  }

  panel(): Locator {
    return this.page.getByTestId('team-panel');
  }

  singleMode(): Locator {
    return this.page.getByTestId('team-mode-single');
  }

  field(name: TeamField): Locator {
    return this.page.getByTestId(`team-${name}`);
  }

  fieldError(name: TeamField): Promise<string | null> {
    return fieldError(this.page, this.field(name));
  }

  async fill(address: { url: string; user: string; password: string }): Promise<void> {
    await this.field('url').fill(address.url);
    await this.field('user').fill(address.user);
    await this.field('password').fill(address.password);
  }

  async testConnection(): Promise<void> {
    await this.page.getByTestId('team-test').click();
  }

  async join(): Promise<void> {
    await this.page.getByTestId('team-join').click();
    await this.connected().waitFor();
  }

  testResult(): Locator {
    return this.page.getByTestId('team-test-result');
  }

  /** The server's message next to the form (a refused login, an unreachable server…). */
  formError(): Locator {
    return this.page.getByTestId('team-form-error');
  }

  passwordHint(): Locator {
    return this.page.getByTestId('team-password-hint');
  }

  connected(): Locator {
    return this.page.getByTestId('team-connected');
  }

  status(fact: 'url' | 'user' | 'role'): Locator {
    return this.page.getByTestId(`team-status-${fact}`);
  }

  lastSync(): Locator {
    return this.page.getByTestId('team-last-sync');
  }

  lastSyncState(): Locator {
    return this.page.getByTestId('team-last-sync-state');
  }

  pending(): Locator {
    return this.page.getByTestId('team-pending');
  }

  /** Clicks 立即同步 and waits for its outcome (the result or the failure). */
  async syncNow(): Promise<void> {
    await this.page.getByTestId('team-sync-now').click();
    await this.page.locator('[data-testid="team-sync-result"], [data-testid="team-sync-error"]').waitFor();
  }

  syncCounts(): Locator {
    return this.page.getByTestId('team-sync-counts');
  }

  syncError(): Locator {
    return this.page.getByTestId('team-sync-error');
  }

  conflict(label: string): Locator {
    return this.page.locator(`[data-testid="team-conflict"][data-label="${label}"]`);
  }

  /** 退出团队, confirmed; back to the single-user form. */
  async leave(): Promise<void> {
    await this.page.getByTestId('team-leave').click();
    await this.page.getByTestId('confirm-ok').click();
    await this.singleMode().waitFor();
  }

  // ——— 待审批 ———

  async openApprovals(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/approvals`);
    await this.page.getByTestId('approvals-page').waitFor();
  }

  /** Reloads the page: team mode changed behind the UI's back (e.g. joined through the services). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByTestId('approvals-page').waitFor();
  }

  /** The explanation shown instead of the list: not in team mode, or not a manager. */
  notManager(): Locator {
    return this.page.getByTestId('approvals-not-manager');
  }

  rows(): Locator {
    return this.page.getByTestId('approval-row');
  }

  row(label: string): Locator {
    return this.page.locator(`[data-testid="approval-row"][data-label="${label}"]`);
  }

  reasons(label: string): Promise<string[]> {
    return this.row(label).getByTestId('approval-reason').allInnerTexts();
  }

  cell(label: string, name: 'margin' | 'total' | 'owner' | 'customer' | 'submitted'): Locator {
    return this.row(label).getByTestId(`approval-${name}`);
  }

  /** What changed since the revision before, as the row sums it up. */
  async diff(label: string): Promise<{ from: string; before: string; after: string; lines: string }> {
    const part = (name: string) => this.row(label).getByTestId(`approval-diff-${name}`).innerText();
    return {
      from: await part('from'),
      before: await part('before'),
      after: await part('after'),
      lines: await part('lines'),
    };
  }

  /** Reads the list again from the team server (刷新). */
  async refresh(): Promise<void> {
    await this.page.getByTestId('approvals-refresh').click();
  }

  /** Types the comment on a row and clicks 批准 or 驳回. */
  async decide(label: string, decision: 'approve' | 'reject', comment: string): Promise<void> {
    await this.row(label).getByTestId('approval-comment').fill(comment);
    await this.row(label).getByTestId(`approval-${decision}`).click();
  }

  empty(): Locator {
    return this.page.getByTestId('approvals-empty');
  }

  // ——— 团队商机 ———

  async openTeamDeals(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/teamDeals`);
    await this.page.getByTestId('team-deals-page').waitFor();
  }

  /** The row of the deal named `name` in the team's deals table. */
  dealRow(name: string): Locator {
    return this.page.getByTestId('team-deal-row').filter({ hasText: name });
  }

  dealFigure(which: 'count' | 'amount' | 'weighted'): Locator {
    return this.page.getByTestId(`team-deals-${which}`);
  }
}
