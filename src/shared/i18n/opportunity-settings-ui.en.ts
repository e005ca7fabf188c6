import type { opportunitySettingsUiZhCN } from './opportunity-settings-ui.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const opportunitySettingsUiEn: Shape<typeof opportunitySettingsUiZhCN> = {
  title: 'Opportunities',
};
