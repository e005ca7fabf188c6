import type { quoteSettingsUiZhCN } from './quote-settings-ui.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const quoteSettingsUiEn: Strings<typeof quoteSettingsUiZhCN> = {
  title: 'Quote rules',
};
