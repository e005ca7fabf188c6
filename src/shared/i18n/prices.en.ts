import type { PricesMessages } from './prices-messages';

export const pricesEn: PricesMessages = {
  ui: {
    title: 'Standard price list',
  },
  err: {
    vatRate: 'VAT must be 13%, 9%, 6%, 3% or 0%',
    date: 'Dates are written YYYY-MM-DD',
  },
};
