import type { Locator, Page } from 'playwright-core';

export type StageField =
  'name-zh' | 'name-en' | 'milestone-zh' | 'milestone-en' | 'success-zh' | 'success-en' | 'gates' | 'probability';

export type QualificationField =
  | 'minHeadcountTrading'
  | 'minHeadcountProduction'
  | 'minSalesWan'
  | 'minGrossProfitWan'
  | 'itBudgetPercentMin'
  | 'itBudgetPercentMax'
  | 'excludedIndustries'
  | 'excludeRecentSoe'
  | 'focusScore'
  | 'followScore';

/** 设置 → 商机: the eight stages, qualification rules, probability weights and the confirmation gate. */
export class OpportunitySettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('settings-tab-opportunities').click();
    await this.root().waitFor();
  }

  root(): Locator {
    return this.page.getByTestId('opportunity-settings');
  }

  /** The stage's accordion header (number, name, gates, base probability). */
  stageHeader(stage: number): Locator {
    return this.page.getByTestId(`opp-stage-${stage}`);
  }

  /** The base probability shown on the stage's header ("30%"). */
  stageSummary(stage: number): Locator {
    return this.page.getByTestId(`opp-stage-${stage}-summary`);
  }

  async isStageOpen(stage: number): Promise<boolean> {
    return (await this.stageHeader(stage).getAttribute('aria-expanded')) === 'true';
  }

  /** Opens (or closes) the stage's fields. */
  async toggleStage(stage: number): Promise<void> {
    await this.stageHeader(stage).click();
  }

  async openStage(stage: number): Promise<void> {
    if (!(await this.isStageOpen(stage))) await this.toggleStage(stage);
    await this.stageField(stage, 'name-zh').waitFor({ state: 'visible' });
  }

  stageField(stage: number, field: StageField): Locator {
    return this.page.getByTestId(`opp-stage-${stage}-${field}`);
  }

  /** Adds a gate to the stage by its label (方案书, 演示脚本 …). */
  async addGate(stage: number, label: string): Promise<void> {
    // The chosen gates' pills cover the input: click the field around them.
    await this.stageField(stage, 'gates')
      .locator('xpath=ancestor::div[contains(@class,"mantine-MultiSelect-input")][1]')
      .click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** The gates chosen for the stage, as their labels. */
  async gates(stage: number): Promise<string[]> {
    const wrapper = this.stageField(stage, 'gates').locator(
      'xpath=ancestor::div[contains(@class,"mantine-MultiSelect-root") or contains(@class,"mantine-InputWrapper-root")][1]',
    );
    return wrapper.locator('.mantine-Pill-label').allInnerTexts();
  }

  qualification(field: QualificationField): Locator {
    return this.page.getByTestId(`opp-qual-${field}`);
  }

  /** A probability weight by its path under `weights` ("decisionMakerKnown", "event.strong"). */
  weight(path: string): Locator {
    return this.page.getByTestId(`opp-weight-${path}`);
  }

  threshold(): Locator {
    return this.page.getByTestId('opp-confirmation-threshold');
  }

  /** The error shown under a field, found the way a screen reader would (aria-describedby). */
  async errorOf(field: Locator): Promise<string | null> {
    if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
    const ids = ((await field.getAttribute('aria-describedby')) ?? '')
      .split(/\s+/)
      .filter((id) => id.endsWith('-error'));
    if (ids.length === 0) return null;
    return this.page.locator(`[id="${ids[0]}"]`).innerText();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('opp-settings-save').click();
  }

  /** Ctrl+S from wherever the focus is. */
  async saveWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  dirtyBadge(): Locator {
    return this.page.getByTestId('opp-settings-dirty');
  }

  /** 恢复默认, then confirms. */
  async resetToDefaults(): Promise<void> {
    await this.page.getByTestId('opp-settings-reset').click();
    await this.page.getByTestId('confirm-ok').click();
  }
}
