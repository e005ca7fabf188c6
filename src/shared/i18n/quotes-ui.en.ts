import type { quotesUiZhCN } from './quotes-ui.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const quotesUiEn: Strings<typeof quotesUiZhCN> = {
  title: 'Quotes',
};
