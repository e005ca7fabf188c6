import type { Download, Locator, Page } from 'playwright-core';

/** 演示脚本: the list, 新建演示脚本, the editor (running order, step editor, save status), 重新生成 and 导出. */
export class DemoScriptsPage {
  constructor(readonly page: Page) {}

  // ——— List ———

  listPage(): Locator {
    return this.page.getByTestId('script-list-page');
  }

  row(title: string): Locator {
    return this.page.locator(`[data-testid="script-row"][data-title="${title}"]`);
  }

  rows(): Locator {
    return this.page.getByTestId('script-row');
  }

  async open(title: string): Promise<void> {
    await this.row(title).first().click();
    await this.editor().waitFor();
  }

  // ——— 新建演示脚本 ———

  newForm(): Locator {
    return this.page.getByTestId('new-script-form');
  }

  async openNew(): Promise<void> {
    await this.page.getByTestId('script-new').click();
    await this.newForm().waitFor();
  }

  async chooseCustomer(name: string): Promise<void> {
    const input = this.page.getByTestId('new-script-customer');
    await input.click();
    await input.fill(name.slice(0, 4));
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  newTitle(): Locator {
    return this.page.getByTestId('new-script-title');
  }

  async create(): Promise<void> {
    await this.page.getByTestId('new-script-create').click();
    await this.editor().waitFor();
  }

  // ——— Settings (shared by 新建 and 重新生成) ———

  /** The chip of a role, by its label (总经理, 销售经理 …). */
  roleChip(form: Locator, label: string): Locator {
    return form.getByTestId('settings-roles').locator('label').filter({ hasText: label });
  }

  /** Ticks exactly these roles (by value: gm, salesManager …). */
  async setRoles(form: Locator, roles: string[]): Promise<void> {
    const inputs = await form.getByTestId('settings-roles').locator('input[type="checkbox"]').all();
    for (const input of inputs) {
      const value = (await input.getAttribute('value')) ?? '';
      if ((await input.isChecked()) !== roles.includes(value)) {
        const id = await input.getAttribute('id');
        await form.locator(`label[for="${id}"]`).click();
      }
    }
  }

  async checkedRoles(form: Locator): Promise<string[]> {
    return form
      .getByTestId('settings-roles')
      .locator('input[type="checkbox"]:checked')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('value') ?? ''));
  }

  async setTotal(form: Locator, minutes: number | null): Promise<void> {
    await form.getByTestId('settings-total').fill(minutes === null ? '' : String(minutes));
  }

  async addSimilar(form: Locator, name: string): Promise<void> {
    const input = form.getByTestId('settings-similar');
    await input.click();
    await input.fill(name);
    await input.press('Enter');
  }

  /** The module checkboxes (all, or only those ticked). */
  modules(form: Locator, only: 'all' | 'checked' = 'all'): Locator {
    return form.locator(
      only === 'checked' ? '[data-testid="settings-module"]:checked' : '[data-testid="settings-module"]',
    );
  }

  /** Ticks or unticks one module of the solution, by its name. */
  async setModule(form: Locator, name: string, on: boolean): Promise<void> {
    const input = form.locator(`[data-testid="settings-module"][data-name="${name}"]`);
    if ((await input.isChecked()) !== on) await form.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  }

  // ——— Editor ———

  editor(): Locator {
    return this.page.getByTestId('script-editor');
  }

  saveStatus(): Promise<string | null> {
    return this.page.getByTestId('script-save-status').getAttribute('data-status');
  }

  saveStatusText(): Promise<string> {
    return this.page.getByTestId('script-save-status').innerText();
  }

  /** The live total in the header: its minutes and text. */
  headerTotal(): Locator {
    return this.page.getByTestId('script-total');
  }

  /** The total under the running order (合计 120 分钟（2:00）). */
  orderTotal(): Locator {
    return this.page.getByTestId('order-total');
  }

  stepRows(): Locator {
    return this.page.getByTestId('step-row');
  }

  stepRow(id: string): Locator {
    return this.page.locator(`[data-testid="step-row"][data-step-id="${id}"]`);
  }

  async stepIds(): Promise<string[]> {
    return this.stepRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step-id') ?? ''));
  }

  async stepAttr(name: string): Promise<string[]> {
    return this.stepRows().evaluateAll((rows, n) => rows.map((r) => r.getAttribute(n) ?? ''), name);
  }

  async select(id: string): Promise<void> {
    await this.stepRow(id).click();
    await this.page.locator(`[data-testid="step-panel"][data-step-id="${id}"]`).waitFor();
  }

  panel(): Locator {
    return this.page.getByTestId('step-panel');
  }

  purpose(): Locator {
    return this.panel().getByTestId('step-purpose');
  }

  pointGroup(role: string): Locator {
    return this.panel().locator(`[data-testid="point-group"][data-role="${role}"]`);
  }

  /** 添加要点 in a role's group; returns the new (empty, focused) text box. */
  async addPoint(role: string): Promise<Locator> {
    const group = this.pointGroup(role);
    const before = await group.getByTestId('point-text').count();
    await group.getByTestId('point-add').click();
    return group.getByTestId('point-text').nth(before);
  }

  async pointTexts(role: string): Promise<string[]> {
    const boxes = await this.pointGroup(role).getByTestId('point-text').all();
    return Promise.all(boxes.map((box) => box.inputValue()));
  }

  /** 添加步骤 of a kind, placed after the step selected; returns its id (the new step is selected). */
  async addStep(kind: string): Promise<string> {
    await this.page.getByTestId('step-add').click();
    await this.page.getByTestId(`step-add-${kind}`).click();
    await this.page.locator('[data-testid="step-panel"][data-step-id^="hand:"]').waitFor();
    return (await this.panel().getAttribute('data-step-id')) ?? '';
  }

  stepTitle(): Locator {
    return this.panel().getByTestId('step-title-input');
  }

  stepMinutes(): Locator {
    return this.panel().getByTestId('step-minutes-input');
  }

  async moveUp(id: string): Promise<void> {
    await this.stepRow(id).getByTestId('step-up').click();
  }

  async moveDown(id: string): Promise<void> {
    await this.stepRow(id).getByTestId('step-down').click();
  }

  /** Drags a step by the mouse (HTML5 drag and drop) onto the upper half of another: it lands above it. */
  async dragAbove(id: string, target: string): Promise<void> {
    const onto = this.stepRow(target);
    const box = await onto.boundingBox();
    await this.stepRow(id).dragTo(onto, {
      targetPosition: { x: 80, y: Math.max(2, Math.floor((box?.height ?? 20) / 4)) },
    });
  }

  // ——— 重新生成 ———

  regenerateForm(): Locator {
    return this.page.getByTestId('regenerate-form');
  }

  async openRegenerate(): Promise<void> {
    await this.page.getByTestId('script-regenerate-open').click();
    await this.regenerateForm().waitFor();
  }

  async closeModal(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.regenerateForm().waitFor({ state: 'detached' });
  }

  report(): Locator {
    return this.page.getByTestId('regenerate-report');
  }

  async conflictSteps(): Promise<string[]> {
    return this.report()
      .getByTestId('report-conflict')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-step-id') ?? ''));
  }

  // ——— 导出 ———

  async openExport(): Promise<void> {
    await this.page.getByTestId('script-export-open').click();
    await this.page.getByTestId('script-export-form').waitFor();
  }

  /** Clicks 导出 Word / 导出 PDF and returns the browser download. */
  async export(format: 'docx' | 'pdf'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByTestId(`script-export-${format}`).click(),
    ]);
    return download;
  }

  exportResults(): Locator {
    return this.page.getByTestId('script-export-result');
  }
}
