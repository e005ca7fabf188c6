/** The demo vendor's standard price list (标准价格体系): its name, categories and items. */

import {
  CAT_HARDWARE,
  CAT_IMPLEMENTATION,
  CAT_LICENCE,
  CAT_MAINTENANCE,
  CAT_MODULE,
  CAT_THIRD_PARTY,
  CAT_TRAINING,
  type DemoItem,
} from './price-list/categories';
import { demoProductItems } from './price-list/product-items';
import { demoServiceItems } from './price-list/service-items';
import { demoSoftwareItems } from './price-list/software-items';

export type { DemoItem };

export const demoCategories: readonly string[] = [
  CAT_MODULE,
  CAT_LICENCE,
  CAT_IMPLEMENTATION,
  CAT_TRAINING,
  CAT_MAINTENANCE,
  CAT_HARDWARE,
  CAT_THIRD_PARTY,
];

export const demoPriceList: { name: string; versionLabel: string; effectiveDate: string } = {
  name: '云帆软件标准价格体系',
  versionLabel: '2026 版',
  effectiveDate: '2026-01-01',
};

export const demoItems: readonly DemoItem[] = [...demoSoftwareItems, ...demoServiceItems, ...demoProductItems];
