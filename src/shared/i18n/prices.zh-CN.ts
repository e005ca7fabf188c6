/** Price list (标准价格体系) texts: the screen, the importer and their error messages. */
export const pricesZhCN = {
  ui: {
    title: '标准价格体系',
  },
  err: {
    vatRate: '税率只能是 13%、9%、6%、3% 或 0%',
    date: '日期格式应为 YYYY-MM-DD',
  },
} as const;
