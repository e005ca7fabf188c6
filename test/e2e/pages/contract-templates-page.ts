import type { Locator, Page } from 'playwright-core';

/** 合同 → 合同模板: the template cards and the template editor (clauses in order, add, copy, save). */
export class ContractTemplatesPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/contracts/templates`);
    await this.list().waitFor();
  }

  // ——— List ———

  list(): Locator {
    return this.page.getByTestId('template-list');
  }

  card(key: string): Locator {
    return this.page.locator(`[data-testid="template-card"][data-key="${key}"]`);
  }

  /** The clause headings a card lists, in order. */
  cardClauses(key: string): Promise<string[]> {
    return this.card(key).getByTestId('template-clause').allInnerTexts();
  }

  async edit(key: string): Promise<void> {
    await this.card(key).getByTestId('template-edit').click();
    await this.editor().waitFor();
  }

  /** 复制: the copy opens in the editor. */
  async copy(key: string): Promise<void> {
    await this.card(key).getByTestId('template-copy-open').click();
    await this.editor().waitFor();
  }

  async delete(key: string): Promise<void> {
    await this.card(key).getByTestId('template-delete').click();
    await this.page.getByTestId('confirm-ok').click();
    await this.card(key).waitFor({ state: 'detached' });
  }

  // ——— Editor ———

  editor(): Locator {
    return this.page.getByTestId('template-editor');
  }

  name(): Locator {
    return this.page.getByTestId('template-name');
  }

  rows(): Locator {
    return this.page.getByTestId('template-row-row');
  }

  row(key: string): Locator {
    return this.page.locator(`[data-testid="template-row-row"][data-key="${key}"]`);
  }

  /** The clause keys of the rows, top to bottom. */
  async keys(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
  }

  async addClause(heading: string): Promise<void> {
    await this.page.getByTestId('template-add-open').click();
    const form = this.page.getByTestId('template-add-form');
    await form.waitFor();
    const select = form.getByTestId('template-add-clause');
    await select.click();
    await select.fill(heading);
    await this.page.getByRole('option', { name: new RegExp(`^${heading}`) }).click();
    await form.getByTestId('template-add-confirm').click();
    await form.waitFor({ state: 'detached' });
  }

  /** 复制为新条款 on a row: a new key and heading for the copy. */
  async copyClause(key: string, copy: { key: string; heading: string }): Promise<void> {
    await this.row(key).getByTestId('template-row-copy').click();
    const form = this.page.getByTestId('template-copy-form');
    await form.waitFor();
    await form.getByTestId('template-copy-heading').fill(copy.heading);
    await form.getByTestId('template-copy-key').fill(copy.key);
    await form.getByTestId('template-copy-confirm').click();
    await form.waitFor({ state: 'detached' });
  }

  async moveUp(key: string): Promise<void> {
    await this.row(key).getByTestId('template-row-up').click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('template-save').click();
  }

  /** Resolves once the editor shows no unsaved change. */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid="template-editor"][data-dirty="false"]').waitFor();
  }

  /** The message under the name field, when the last save named it. */
  nameError(): Locator {
    return this.page.locator('.mantine-TextInput-root', { has: this.name() }).locator('.mantine-TextInput-error');
  }

  saveError(): Locator {
    return this.page.getByTestId('template-save-error');
  }

  async back(): Promise<void> {
    await this.page.getByTestId('template-back').click();
    await this.list().waitFor();
  }
}
