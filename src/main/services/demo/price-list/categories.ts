import type { ItemType, VatRateBp } from '../../../../shared/prices/catalogue';

/** One line of the demo price list. Money in integer fen, prices include VAT; VAT and floor discount in basis points. */
export interface DemoItem {
  code: string;
  name: string;
  spec: string;
  type: ItemType;
  unit: string;
  category: string;
  priceFen: number;
  costFen: number | null;
  vatRateBp: VatRateBp;
  floorDiscountBp: number;
  notes: string;
}

export const CAT_MODULE = '软件模块';
export const CAT_LICENCE = '用户许可';
export const CAT_IMPLEMENTATION = '实施服务';
export const CAT_TRAINING = '培训服务';
export const CAT_MAINTENANCE = '运维服务';
export const CAT_HARDWARE = '硬件设备';
export const CAT_THIRD_PARTY = '第三方产品';
