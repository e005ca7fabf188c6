import type { Locator, Page } from 'playwright-core';

/** The error shown under a form field, found the way a screen reader would (aria-describedby); null when none. */
export async function fieldError(page: Page, field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return null;
  return page.locator(`[id="${ids[0]}"]`).innerText();
}
