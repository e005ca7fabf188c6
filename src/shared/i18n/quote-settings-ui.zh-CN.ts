/** 设置 → 报价: numbering, approval rules, default milestones, terms and notes templates. Under quoteSettings. */
export const quoteSettingsUiZhCN = {
  title: '报价规则',
};
