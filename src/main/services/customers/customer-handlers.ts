import type { customerMethods } from '../../../shared/api/customers';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { deleteCustomer, getCustomer, listCustomers, saveCustomer } from './customer-repository';

export const customerHandlers: HandlersFor<keyof typeof customerMethods> = {
  'customers.list': (input, ctx) => listCustomers(ctx.db(), input.query),
  'customers.get': (input, ctx) => getCustomer(ctx.db(), input.id, translator(ctx.locale())),
  'customers.save': (input, ctx) => saveCustomer(ctx.db(), input, translator(ctx.locale())),
  'customers.delete': (input, ctx) => {
    deleteCustomer(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
};
