import type { Method } from '../shared/api';
import type { HandlersFor } from './handler';
import { companyHandlers } from './services/company/company-handlers';
import { contractHandlers } from './services/contracts/contract-handlers';
import { contractTemplateHandlers } from './services/contracts/contract-template-handlers';
import { customerHandlers } from './services/customers/customer-handlers';
import { databaseHandlers } from './services/database/database-handlers';
import { demoHandlers } from './services/demo/demo-handlers';
import { demoScriptHandlers } from './services/demo-scripts/demo-script-handlers';
import { funnelHandlers } from './services/funnel/funnel-handlers';
import { libraryHandlers } from './services/library/library-handlers';
import { opportunityHandlers } from './services/opportunities/opportunity-handlers';
import { packageHandlers } from './services/packages/package-handlers';
import { priceHandlers } from './services/prices/price-handlers';
import { quoteHandlers } from './services/quotes/quote-handlers';
import { settingsHandlers } from './services/settings/settings-handlers';
import { teamHandlers } from './team/team-handlers';

/** Every method of the contract, implemented. The type fails to check if one is missing. */
export const handlers: HandlersFor<Method> = {
  ...databaseHandlers,
  ...settingsHandlers,
  ...companyHandlers,
  ...demoHandlers,
  ...priceHandlers,
  ...customerHandlers,
  ...quoteHandlers,
  ...libraryHandlers,
  ...demoScriptHandlers,
  ...contractHandlers,
  ...contractTemplateHandlers,
  ...opportunityHandlers,
  ...funnelHandlers,
  ...packageHandlers,
  ...teamHandlers,
};
