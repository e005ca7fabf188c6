import type { opportunitiesUiZhCN } from './opportunities-ui.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const opportunitiesUiEn: Shape<typeof opportunitiesUiZhCN> = {
  title: 'Opportunities',
};
