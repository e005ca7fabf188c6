import type { companyMethods } from '../../../shared/api/company';
import type { HandlersFor } from '../../handler';
import { getCompany, putCompany } from './company-repository';

export const companyHandlers: HandlersFor<keyof typeof companyMethods> = {
  'company.get': (_input, ctx) => getCompany(ctx.db()),
  // Saving makes the profile the user's own: "clear demo data" will not delete it.
  'company.save': (input, ctx) => putCompany(ctx.db(), input, false),
};
