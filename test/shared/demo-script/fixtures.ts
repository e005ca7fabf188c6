import { demoCustomer, demoSolutions } from '../../../src/main/services/demo/demo-data';
import type { DemoModuleInput, DemoScriptInput } from '../../../src/shared/demo-script/types';
import { must } from '../../helpers/must';

/** The demo library's solutions as the generator receives them (SOL-DIST 分销, SOL-MFG 制造). */
export function solutionModules(code: 'SOL-DIST' | 'SOL-MFG'): DemoModuleInput[] {
  const solution = must(
    demoSolutions.find((s) => s.code === code),
    code,
  );
  return solution.modules.map((m) => ({
    id: `${code}/${m.itemCode}`,
    name: m.name,
    itemCode: m.itemCode,
    description: m.description,
    features: m.features.map((f) => ({ ...f })),
  }));
}

export const DIST = solutionModules('SOL-DIST');
export const MFG = solutionModules('SOL-MFG');

export function module(name: string, itemCode: string): DemoModuleInput {
  return {
    id: itemCode,
    name,
    itemCode,
    description: `${name}的说明`,
    features: [{ name: `${name}亮点`, description: '说明' }],
  };
}

/** The main chain of a distributor, one module per place on the chain. */
export const MAIN_CHAIN: DemoModuleInput[] = [
  module('销售管理', 'ERP-SD-001'),
  module('库存管理', 'ERP-IV-001'),
  module('采购管理', 'ERP-PU-001'),
  module('应收管理', 'ERP-AR-001'),
  module('应付管理', 'ERP-AP-001'),
  module('总账', 'ERP-GL-001'),
];

export function distInput(partial: Partial<DemoScriptInput> = {}): DemoScriptInput {
  return {
    locale: 'zh-CN',
    customerName: demoCustomer.name,
    industry: demoCustomer.industry,
    modules: DIST,
    roles: ['gm', 'cio', 'salesManager', 'chiefAccountant', 'management'],
    ...partial,
  };
}

/** Chinese characters and CJK/full-width punctuation. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
