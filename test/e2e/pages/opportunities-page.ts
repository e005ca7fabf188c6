import type { Locator, Page } from 'playwright-core';

/** 商机: the list, 新建商机, the opportunity page (header, stage path, gate, tabs) and its dialogs. */
export class OpportunitiesPage {
  constructor(readonly page: Page) {}

  // ——— List ———

  listPage(): Locator {
    return this.page.getByTestId('opportunities-list-page');
  }

  rows(): Locator {
    return this.page.getByTestId('opportunities-row');
  }

  async rowStages(): Promise<string[]> {
    return this.page.getByTestId('opportunities-row-stage').allInnerTexts();
  }

  /** Picks an option of a Mantine select by its visible label. */
  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async filterStage(label: string): Promise<void> {
    await this.choose(this.page.getByTestId('opportunities-filter-stage'), label);
  }

  // ——— 新建商机 ———

  /** 新建商机 for a customer created in the dialog; waits for the opportunity page. */
  async createForNewCustomer(customer: string, name: string, owner: string, amount: string): Promise<void> {
    await this.page.getByTestId('opportunities-new').click();
    const form = this.page.getByTestId('new-opportunity-form');
    await form.getByTestId('customer-new').click();
    await this.page.getByTestId('customer-form').getByTestId('customer-name').fill(customer);
    await this.page.getByTestId('customer-save').click();
    await this.page.getByTestId('customer-form').waitFor({ state: 'detached' });
    await form.getByTestId('new-opportunity-name').fill(name);
    await form.getByTestId('new-opportunity-owner').fill(owner);
    await form.getByTestId('new-opportunity-amount').fill(amount);
    await form.getByTestId('new-opportunity-create').click();
    await this.pageRoot().waitFor();
  }

  // ——— The opportunity page ———

  pageRoot(): Locator {
    return this.page.getByTestId('opportunity-page');
  }

  async stage(): Promise<number> {
    return Number(await this.pageRoot().getAttribute('data-stage'));
  }

  async waitForStage(stage: number): Promise<void> {
    await this.page.locator(`[data-testid="opportunity-page"][data-stage="${stage}"]`).waitFor();
  }

  async tab(name: 'overview' | 'qualification' | 'people' | 'events' | 'confirmation' | 'documents' | 'timeline') {
    await this.page.getByTestId(`opportunity-tab-${name}`).click();
    await this.page.getByTestId(`section-${name}`).waitFor();
  }

  /** Waits until the autosave has stored every edit. */
  async saved(): Promise<void> {
    await this.page.locator('[data-testid="opportunity-save-status"][data-status="saved"]').waitFor();
  }

  probability(): Locator {
    return this.page.getByTestId('opportunity-probability-percent');
  }

  probabilityFactors(): Locator {
    return this.page.getByTestId('opportunity-probability-factors');
  }

  strongestEvent(): Locator {
    return this.page.getByTestId('opportunity-strongest-event');
  }

  // ——— Tabs ———

  async fillNumber(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).fill(value);
  }

  async chooseIn(testId: string, option: string, nth = 0): Promise<void> {
    await this.choose(this.page.getByTestId(testId).nth(nth), option);
  }

  score(): Locator {
    return this.page.getByTestId('qualification-score');
  }

  verdict(): Locator {
    return this.page.getByTestId('qualification-verdict');
  }

  peopleWarnings(): Locator {
    return this.page.getByTestId('people-warning');
  }

  async addPerson(name: string, title: string, role: string): Promise<void> {
    await this.page.getByTestId('person-add').click();
    const row = this.page.getByTestId('person-row').last();
    await row.getByTestId('person-name').fill(name);
    await row.getByTestId('person-title').fill(title);
    await this.choose(row.getByTestId('person-role'), role);
  }

  async addEvent(kind: string, strength: string, evidence: string): Promise<void> {
    await this.page.getByTestId('event-add').click();
    const card = this.page.getByTestId('event-card').last();
    await this.choose(card.getByTestId('event-kind'), kind);
    await this.choose(card.getByTestId('event-strength'), strength);
    await card.getByTestId('event-evidence').fill(evidence);
  }

  async answer(question: string, text: string): Promise<void> {
    await this.page.locator(`[data-testid="confirmation-answer"][data-question="${question}"]`).fill(text);
  }

  // ——— Moving on ———

  async openAdvance(): Promise<void> {
    await this.page.getByTestId('opportunity-advance').click();
    await this.page.getByTestId('gate-form').waitFor();
  }

  async openStage(stage: number): Promise<void> {
    await this.page.locator(`[data-testid="opportunity-stage"][data-stage="${stage}"]`).click();
    await this.page.getByTestId('gate-form').waitFor();
  }

  gateMissing(): Locator {
    return this.page.getByTestId('gate-missing-item');
  }

  gateLink(kind: string): Locator {
    return this.page.locator(`[data-testid="gate-link"][data-link="${kind}"]`);
  }

  async confirmMove(): Promise<void> {
    await this.page.getByTestId('gate-confirm').click();
  }

  timelineSummaries(): Locator {
    return this.page.getByTestId('timeline-summary');
  }
}
