import type { Download, Locator, Page } from 'playwright-core';

/** 方案书: the list, the builder (chapter order, section editors, save status) and the export dialog. */
export class ProposalsPage {
  constructor(readonly page: Page) {}

  // ——— List ———

  listPage(): Locator {
    return this.page.getByTestId('proposal-list-page');
  }

  row(customer: string): Locator {
    return this.page.locator(`[data-testid="proposal-row"][data-customer="${customer}"]`);
  }

  /** The titles the list shows, top to bottom (as the cell reads, merge fields filled in). */
  listTitles(): Promise<string[]> {
    return this.page.getByTestId('proposal-row-title').allInnerTexts();
  }

  async open(customer: string): Promise<void> {
    await this.row(customer).first().click();
    await this.builder().waitFor();
  }

  // ——— Builder ———

  builder(): Locator {
    return this.page.getByTestId('proposal-builder');
  }

  saveStatus(): Promise<string | null> {
    return this.page.getByTestId('proposal-save-status').getAttribute('data-status');
  }

  sectionRows(): Locator {
    return this.page.getByTestId('section-row');
  }

  sectionRow(title: string): Locator {
    return this.page.locator(`[data-testid="section-row"][data-title="${title}"]`);
  }

  /** The chapter titles in the order shown. */
  async sectionTitles(): Promise<string[]> {
    return this.sectionRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-title') ?? ''));
  }

  /** Drags a chapter by the mouse (HTML5 drag and drop) onto the upper half of another: it lands above it. */
  async dragAbove(title: string, target: string): Promise<void> {
    const source = this.sectionRow(title);
    const onto = this.sectionRow(target);
    const box = await onto.boundingBox();
    await source.dragTo(onto, { targetPosition: { x: 60, y: Math.max(2, Math.floor((box?.height ?? 20) / 4)) } });
  }

  async moveUp(title: string): Promise<void> {
    await this.sectionRow(title).getByTestId('section-up').click();
  }

  async moveDown(title: string): Promise<void> {
    await this.sectionRow(title).getByTestId('section-down').click();
  }

  async select(title: string): Promise<void> {
    await this.sectionRow(title).click();
    await this.page.locator(`[data-testid="section-panel"]`).waitFor();
  }

  panel(): Locator {
    return this.page.getByTestId('section-panel');
  }

  blocker(): Locator {
    return this.page.getByTestId('proposal-blocker');
  }

  // ——— Section editors ———

  situationBody(): Locator {
    return this.page.getByTestId('situation-body-content');
  }

  situationTool(name: string): Locator {
    return this.page.getByTestId(`situation-body-${name}`);
  }

  requirementRows(): Locator {
    return this.page.getByTestId('requirement-row');
  }

  async addRequirement(): Promise<Locator> {
    await this.page.getByTestId('requirement-add').click();
    return this.requirementRows().last();
  }

  async chooseFeature(row: Locator, feature: string): Promise<void> {
    await row.getByTestId('requirement-feature').click();
    await this.page.getByRole('option', { name: feature, exact: true }).click();
  }

  async setCoverage(row: Locator, label: string): Promise<void> {
    await row.getByTestId('requirement-coverage').getByText(label, { exact: true }).click();
  }

  requirementCount(kind: 'total' | 'full' | 'partial' | 'none'): Locator {
    return this.page.getByTestId(`requirements-${kind}`);
  }

  // ——— Export ———

  async openExport(): Promise<void> {
    await this.page.getByTestId('proposal-export-open').click();
    await this.page.getByTestId('proposal-export-form').waitFor();
  }

  /** Clicks one of 导出 Word / 导出 PDF / 偏离表 Excel and returns the browser download. */
  async export(format: 'docx' | 'pdf' | 'xlsx'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByTestId(`proposal-export-${format}`).click(),
    ]);
    return download;
  }

  exportResults(): Locator {
    return this.page.getByTestId('proposal-export-result');
  }
}
