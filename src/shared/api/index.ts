import type { z } from 'zod';
import { companyMethods } from './company';
import { contractDraftMethods } from './contract-drafts';
import { contractExportFolderMethods } from './contract-export-folder';
import { contractTemplateMethods } from './contract-templates';
import { customerMethods } from './customers';
import { databaseMethods } from './database';
import { demoMethods } from './demo';
import { demoScriptMethods } from './demo-scripts';
import { funnelMethods } from './funnel';
import { libraryMethods } from './library';
import { opportunityMethods } from './opportunities';
import { packageMethods } from './packages';
import { priceMethods } from './prices';
import { quoteMethods } from './quotes';
import { settingsMethods } from './settings';
import { teamMethods } from './team';

/**
 * The whole surface between the main process and its callers (renderer over IPC, the browser
 * bridge, the CLI, tests). Method names read `domain.verb`; each has a schema for input and output.
 */
export const contract = {
  ...databaseMethods,
  ...settingsMethods,
  ...companyMethods,
  ...demoMethods,
  ...priceMethods,
  ...customerMethods,
  ...quoteMethods,
  ...libraryMethods,
  ...demoScriptMethods,
  ...contractDraftMethods,
  ...contractTemplateMethods,
  ...contractExportFolderMethods,
  ...opportunityMethods,
  ...funnelMethods,
  ...packageMethods,
  ...teamMethods,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before parsing: e.g. a tax ID not yet upper-cased). */
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './common';
