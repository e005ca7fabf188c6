import type { contractDraftMethods } from '../../../shared/api/contract-drafts';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { reviewInTeamMode } from '../../team/approvals/review-in-team';
import { getClause, listClauses, saveClause } from './clause-repository';
import { exportContract } from './contract-export';
import { createContract } from './contract-create';
import { actOnContract, deleteContract, saveContract } from './contract-edits';
import { getContract, listContracts } from './contract-repository';
import { listTemplates } from './template-repository';

export const contractHandlers: HandlersFor<keyof typeof contractDraftMethods> = {
  'clauses.list': (input, ctx) => listClauses(ctx.db(), input.lang),
  'clauses.get': (input, ctx) => getClause(ctx.db(), input.id, translator(ctx.locale())),
  'clauses.save': (input, ctx) => saveClause(ctx.db(), input, translator(ctx.locale())),
  'contractTemplates.list': (_input, ctx) => listTemplates(ctx.db()),
  'contracts.list': (_input, ctx) => listContracts(ctx.db(), translator(ctx.locale())),
  'contracts.get': (input, ctx) => getContract(ctx.db(), input.id, input.revision, translator(ctx.locale())),
  'contracts.create': (input, ctx) => createContract(ctx.db(), input, translator(ctx.locale())),
  'contracts.save': (input, ctx) => saveContract(ctx.db(), input.id, input.content, translator(ctx.locale())),
  'contracts.act': async (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    // In team mode, approving or returning a contract under review is legal's decision on the server.
    if (await reviewInTeamMode(db, input.id, input.action, input.comment, t))
      return getContract(db, input.id, undefined, t);
    return actOnContract(db, input.id, input.action, input.by, input.comment, t);
  },
  'contracts.delete': (input, ctx) => {
    deleteContract(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
  'contracts.export': (input, ctx) => exportContract(ctx.db(), input, translator(ctx.locale())),
};
