import type { Locator, Page } from 'playwright-core';

export type GridColumn =
  'code' | 'name' | 'unit' | 'quantity' | 'unitPrice' | 'discount' | 'override' | 'amount' | 'vat' | 'optional';

/** 报价: the quote list, the editor (header, line grid, totals, approval) and the export dialog. */
export class QuotesPage {
  constructor(readonly page: Page) {}

  // ——— List ———

  rows(): Locator {
    return this.page.getByTestId('quote-row');
  }

  row(number: string): Locator {
    return this.page.locator(`[data-testid="quote-row"][data-number="${number}"]`);
  }

  listPage(): Locator {
    return this.page.getByTestId('quote-list-page');
  }

  /** 新建报价 for a customer chosen by typing part of its name; waits for the editor. */
  async newQuote(customerSearch: string, customerName: string, title: string): Promise<void> {
    await this.page.getByTestId('quote-new').click();
    await this.chooseCustomer(customerSearch, customerName);
    await this.page.getByTestId('new-quote-title').fill(title);
    await this.page.getByTestId('new-quote-create').click();
    await this.editor().waitFor();
  }

  async chooseCustomer(search: string, name: string): Promise<void> {
    const picker = this.page.getByTestId('customer-picker');
    await picker.click();
    await picker.fill(search);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** 导入报价文件 with a file made on the fly. */
  async importFile(name: string, json: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByTestId('quote-import').click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
  }

  importErrors(): Locator {
    return this.page.getByTestId('import-error');
  }

  // ——— Editor header ———

  editor(): Locator {
    return this.page.getByTestId('quote-editor');
  }

  number(): Locator {
    return this.page.getByTestId('quote-number');
  }

  state(): Locator {
    return this.page.getByTestId('quote-header').getByTestId('quote-state');
  }

  saveStatus(): Promise<string | null> {
    return this.page.getByTestId('save-status').getAttribute('data-status');
  }

  vatMode(): Locator {
    return this.page.getByTestId('quote-vat-mode');
  }

  // ——— Lines ———

  picker(): Locator {
    return this.page.getByTestId('item-picker');
  }

  /**
   * Types into the item picker as a person would, waits until `code` is the highlighted match
   * and presses Enter: the line is added and its 数量 cell is being edited.
   */
  async addBySearch(text: string, code: string): Promise<void> {
    await this.picker().click();
    await this.page.keyboard.type(text);
    await this.page
      .locator(`[data-testid="item-picker-option"][data-code="${code}"][data-highlighted="true"]`)
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.cellEditor('quantity').waitFor();
  }

  cellEditor(column: GridColumn): Locator {
    return this.page.getByTestId(`cell-editor-${column}`);
  }

  lines(): Locator {
    return this.page.getByTestId('quote-line');
  }

  line(code: string): Locator {
    return this.page.locator(`[data-testid="quote-line"][data-code="${code}"]`);
  }

  cell(code: string, column: GridColumn): Locator {
    return this.line(code).locator(`[data-col="${column}"]`);
  }

  /** Codes of the lines in the grid, top to bottom. */
  async lineCodes(): Promise<string[]> {
    return this.lines().evaluateAll((rows) =>
      rows
        .map((row) => ({ n: Number(row.getAttribute('aria-rowindex')), code: row.getAttribute('data-code') ?? '' }))
        .sort((a, b) => a.n - b.n)
        .map((row) => row.code),
    );
  }

  /** Whether the keyboard is on this cell (not editing it). */
  async isActive(code: string, column: GridColumn): Promise<boolean> {
    return this.cell(code, column).evaluate((cell) => cell.ownerDocument.activeElement === cell);
  }

  /**
   * Pastes text into the focused element through the system clipboard (Ctrl+V), as when a
   * column is copied from Excel.
   */
  async paste(text: string): Promise<void> {
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  gridNote(): Locator {
    return this.page.getByTestId('grid-note');
  }

  // ——— Totals and approval ———

  total(): Locator {
    return this.page.getByTestId('total-gross');
  }

  capital(): Locator {
    return this.page.getByTestId('total-capital');
  }

  approvalPending(): Locator {
    return this.page.getByTestId('approval-pending');
  }

  approvalReasons(): Locator {
    return this.page.getByTestId('approval-reason');
  }

  approvalRecord(): Locator {
    return this.page.getByTestId('approval-record');
  }

  async approve(by: string, comment: string): Promise<void> {
    await this.page.getByTestId('approval-open').click();
    await this.page.getByTestId('approve-by').fill(by);
    await this.page.getByTestId('approve-comment').fill(comment);
    await this.page.getByTestId('approve-confirm').click();
    await this.page.getByTestId('approve-form').waitFor({ state: 'detached' });
  }

  /** 审批 from the editor header (a quote within every rule is approved there, not from the pending panel). */
  async approveFromHeader(by: string, comment: string): Promise<void> {
    await this.page.getByTestId('quote-approve').click();
    await this.page.getByTestId('approve-by').fill(by);
    await this.page.getByTestId('approve-comment').fill(comment);
    await this.page.getByTestId('approve-confirm').click();
    await this.page.getByTestId('approve-form').waitFor({ state: 'detached' });
  }

  // ——— Export ———

  async openExport(): Promise<void> {
    await this.page.getByTestId('quote-export').click();
    await this.page.getByTestId('export-form').waitFor();
  }

  exportDraftWarning(): Locator {
    return this.page.getByTestId('export-draft-warning');
  }

  /** Writes the checked formats (`count` of them) into `folder`; returns the paths listed at the end. */
  async exportToFolder(folder: string, count: number): Promise<string[]> {
    await this.page.getByTestId('export-folder').fill(folder);
    await this.page.getByTestId('export-start').click();
    await this.exportResults()
      .nth(count - 1)
      .waitFor();
    await this.page.locator('[data-testid="export-start"]:not([disabled])').waitFor();
    return this.page.getByTestId('export-path').allInnerTexts();
  }

  exportResults(): Locator {
    return this.page.getByTestId('export-result');
  }
}
