import fs from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { fieldError } from './field-error';

export type FunnelKpi = 'open' | 'amount' | 'weighted' | 'winrate';
export type FunnelRule = 'staleDays' | 'stuckDays' | 'committedStage' | 'committedProbability' | 'bestCaseProbability';

/** 销售漏斗: the key figures, the stage chart and tables, the rules dialog and the exports. */
export class FunnelPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  root(): Locator {
    return this.page.getByTestId('funnel-page');
  }

  /** Opens #/funnel and waits until the figures are shown (the report has loaded). */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/funnel`);
    await this.root().waitFor();
    await this.kpi('open').waitFor();
  }

  kpi(name: FunnelKpi): Locator {
    return this.page.getByTestId(`funnel-kpi-${name}-value`);
  }

  /** The won/lost period as the page sends it to funnel.get. */
  async period(): Promise<{ from: string; to: string }> {
    return {
      from: await this.page.getByTestId('funnel-from').inputValue(),
      to: await this.page.getByTestId('funnel-to').inputValue(),
    };
  }

  // ——— Stages ———

  chart(): Locator {
    return this.page.getByTestId('funnel-stage-chart');
  }

  stageRows(): Locator {
    return this.page.getByTestId('funnel-stage-row');
  }

  stageRow(stage: number): Locator {
    return this.page.locator(`[data-testid="funnel-stage-row"][data-stage="${stage}"]`);
  }

  /** A stage row's cells: stage, count, amount, weighted, conversion. */
  async stageCells(stage: number): Promise<string[]> {
    return this.stageRow(stage).locator('td').allInnerTexts();
  }

  totalAmount(): Locator {
    return this.page.getByTestId('funnel-stage-total-amount');
  }

  /**
   * The first series' (金额) bar of `stage` in the horizontal stage chart, found by position: the
   * bar whose vertical centre is nearest the centre of the stage's y-axis label, and within half
   * a band of it (recharts draws no rectangle for a zero value, so counting bars would be wrong).
   */
  async stageBar(stage: number): Promise<Locator> {
    const chart = this.chart();
    const series = chart.locator('.recharts-bar').first();
    await series.locator('.recharts-bar-rectangle path').first().waitFor();
    // One label per stage, "3 提交初步方案" (a long name wraps: the number stays at its start).
    const ticks = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expectCount(ticks, 8);
    const tickCentres: number[] = [];
    for (const tick of await ticks.all()) tickCentres.push(centreY(await box(tick)));
    const labels = await ticks.allTextContents();
    const at = labels.findIndex((label) => new RegExp(`^${stage}(?!\\d)`).test(label.trim()));
    if (at < 0) throw new Error(`No y-axis label for stage ${stage}: ${labels.join(' | ')}`);
    const y = tickCentres[at] ?? 0;
    const band = Math.abs((tickCentres[1] ?? 0) - (tickCentres[0] ?? 0));
    const bars = series.locator('.recharts-bar-rectangle path');
    let best: { index: number; distance: number } | null = null;
    const count = await bars.count();
    for (let index = 0; index < count; index++) {
      const distance = Math.abs(centreY(await box(bars.nth(index))) - y);
      if (!best || distance < best.distance) best = { index, distance };
    }
    if (!best || best.distance > band / 2) throw new Error(`No bar drawn for stage ${stage}`);
    return bars.nth(best.index);
  }

  // ——— Owners, attention, won/lost ———

  ownerRows(): Locator {
    return this.page.getByTestId('funnel-owner-row');
  }

  ownerRow(owner: string): Locator {
    return this.ownerRows().filter({ hasText: owner });
  }

  forecastRows(): Locator {
    return this.page.getByTestId('funnel-forecast-row');
  }

  attentionRows(): Locator {
    return this.page.getByTestId('funnel-attention-row');
  }

  // ——— Rules ———

  /** The dialog's root (its own box is empty: the overlay and the content are fixed). */
  rulesModal(): Locator {
    return this.page.getByTestId('funnel-rules-modal');
  }

  /** True while the dialog is open and its form can be used. */
  async rulesOpen(): Promise<boolean> {
    return (await this.rulesModal().count()) === 1 && (await this.page.getByTestId('funnel-rules-save').isVisible());
  }

  rule(name: FunnelRule): Locator {
    return this.page.getByTestId(`funnel-rules-${name}`);
  }

  async openRules(): Promise<void> {
    await this.page.getByTestId('funnel-rules').click();
    await this.rule('staleDays').waitFor();
  }

  async setRule(name: FunnelRule, value: string): Promise<void> {
    await this.rule(name).fill(value);
  }

  async saveRules(): Promise<void> {
    await this.page.getByTestId('funnel-rules-save').click();
  }

  /** The error under a rules field, found through aria-describedby as a screen reader would. */
  async ruleError(name: FunnelRule): Promise<string | null> {
    return fieldError(this.page, this.rule(name));
  }

  // ——— Exports ———

  /** Clicks 导出 Excel or 导出 PDF 周报 and returns the browser download. */
  async export(format: 'xlsx' | 'pdf'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByTestId(`funnel-export-${format}`).click(),
    ]);
    return download;
  }

  /** Saves a download as `file` and returns its bytes. */
  async save(download: Download, file: string): Promise<Buffer> {
    await download.saveAs(file);
    return fs.readFileSync(file);
  }
}

async function box(locator: Locator): Promise<{ y: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('The element is not shown');
  return found;
}

function centreY(b: { y: number; height: number }): number {
  return b.y + b.height / 2;
}

async function expectCount(locator: Locator, count: number): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if ((await locator.count()) === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${count} elements, found ${await locator.count()}`);
}
