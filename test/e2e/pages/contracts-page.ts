import type { Download, Locator, Page } from 'playwright-core';

export type ContractActionName = 'submit' | 'approve' | 'return' | 'sign' | 'reopen';

/** 合同: the contract list, 新建合同, the editor (clauses, 非标条款清单, actions, export) and 条款库. */
export class ContractsPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/contracts`);
    await this.listPage().waitFor();
  }

  async go(): Promise<void> {
    await this.page.getByTestId('nav-contracts').click();
    await this.listPage().waitFor();
  }

  // ——— List ———

  listPage(): Locator {
    return this.page.getByTestId('contracts-page');
  }

  emptyList(): Locator {
    return this.page.getByTestId('contract-list-empty');
  }

  row(number: string): Locator {
    return this.page.locator(`[data-testid="contract-row"][data-number="${number}"]`);
  }

  async tab(name: 'list' | 'library' | 'templates'): Promise<void> {
    await this.page.getByTestId(`contracts-tab-${name}`).click();
  }

  // ——— 新建合同 ———

  async openNew(): Promise<void> {
    await this.page.getByTestId('contract-new').click();
    await this.newForm().waitFor();
  }

  newForm(): Locator {
    return this.page.getByTestId('new-contract-form');
  }

  quoteOption(number: string): Locator {
    return this.page.locator(`[data-testid="new-contract-quote"][data-number="${number}"]`);
  }

  /** The radio input of a quote in the picker (disabled when the quote cannot become a contract). */
  quoteRadio(number: string): Locator {
    return this.quoteOption(number).locator('input[type="radio"]');
  }

  async typeQuoteNumber(number: string): Promise<void> {
    await this.page.getByTestId('new-contract-number').fill(number);
  }

  template(): Locator {
    return this.page.getByTestId('new-contract-template');
  }

  async submitNew(): Promise<void> {
    await this.page.getByTestId('new-contract-create').click();
  }

  newError(): Locator {
    return this.page.getByTestId('new-contract-error');
  }

  async closeModal(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.newForm().waitFor({ state: 'detached' });
  }

  // ——— Editor ———

  editor(): Locator {
    return this.page.getByTestId('contract-editor');
  }

  header(): Locator {
    return this.page.getByTestId('contract-header');
  }

  number(): Locator {
    return this.page.getByTestId('contract-number');
  }

  state(): Locator {
    return this.header().getByTestId('contract-state');
  }

  total(): Locator {
    return this.page.getByTestId('contract-total');
  }

  capital(): Locator {
    return this.page.getByTestId('contract-capital');
  }

  saveStatus(): Promise<string | null> {
    return this.page.getByTestId('contract-save-status').getAttribute('data-status');
  }

  nonStandard(): Locator {
    return this.page.getByTestId('non-standard');
  }

  nonStandardEntry(heading: string): Locator {
    return this.page.locator(`[data-testid="non-standard-entry"][data-heading="${heading}"]`);
  }

  clause(id: string): Locator {
    return this.page.locator(`[data-testid="clause-card"][data-clause-id="${id}"]`);
  }

  clauseStatus(id: string): Locator {
    return this.clause(id).getByTestId('clause-status');
  }

  /** Opens the clause's text boxes, lets `change` rewrite the body, and closes them again. */
  async editBody(id: string, change: (body: string) => string): Promise<void> {
    await this.clause(id).getByTestId('clause-edit').click();
    const body = this.clause(id).getByTestId('clause-body-input');
    await body.fill(change(await body.inputValue()));
    await this.clause(id).getByTestId('clause-done').click();
    await this.clause(id).getByTestId('clause-edit-form').waitFor({ state: 'detached' });
  }

  async removeClause(id: string): Promise<void> {
    await this.clause(id).getByTestId('clause-remove').click();
    await this.clause(id).waitFor({ state: 'detached' });
  }

  async act(action: ContractActionName, by: string, comment: string): Promise<void> {
    await this.page.getByTestId(`contract-action-${action}`).click();
    const form = this.page.getByTestId('contract-action-form');
    await form.waitFor();
    await form.getByTestId('contract-action-by').fill(by);
    await form.getByTestId('contract-action-comment').fill(comment);
    await form.getByTestId('contract-action-confirm').click();
    await form.waitFor({ state: 'detached' });
  }

  // ——— Export ———

  async openExport(): Promise<void> {
    await this.page.getByTestId('contract-export-open').click();
    await this.page.getByTestId('contract-export-form').waitFor();
  }

  async export(format: 'docx' | 'pdf'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`contract-export-${format}`).click(),
    ]);
    return download;
  }

  exportResults(): Locator {
    return this.page.getByTestId('contract-export-result');
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  // ——— 条款库 ———

  clauseRow(key: string): Locator {
    return this.page.locator(`[data-testid="clause-row"][data-key="${key}"]`);
  }

  clauseForm(): Locator {
    return this.page.getByTestId('clause-form');
  }
}
