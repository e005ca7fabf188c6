import type { Locator, Page } from 'playwright-core';
import { fieldError } from './field-error';

export type CompanyTextField =
  'name' | 'shortName' | 'taxId' | 'address' | 'phone' | 'email' | 'website' | 'bankName' | 'bankAccount';

/** 公司信息: the company profile form. */
export class CompanyPage {
  constructor(readonly page: Page) {}

  field(name: CompanyTextField): Locator {
    return this.page.getByTestId(`company-${name}`);
  }

  async fill(values: Partial<Record<CompanyTextField, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name as CompanyTextField).fill(value);
  }

  async value(name: CompanyTextField): Promise<string> {
    return this.field(name).inputValue();
  }

  /** The error shown under a field, found the way a screen reader would (aria-describedby). */
  async errorOf(name: CompanyTextField): Promise<string | null> {
    return fieldError(this.page, this.field(name));
  }

  async isFocused(name: CompanyTextField): Promise<boolean> {
    return this.field(name).evaluate((element) => element.ownerDocument.activeElement === element);
  }

  async chooseVatMode(label: string): Promise<void> {
    await this.page.getByTestId('company-defaultVatMode').getByText(label, { exact: true }).click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('company-save').click();
  }
}
