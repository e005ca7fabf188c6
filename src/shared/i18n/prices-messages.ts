import type { pricesZhCN } from './prices.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** English must provide the same keys as Chinese. */
export type PricesMessages = Strings<typeof pricesZhCN>;
