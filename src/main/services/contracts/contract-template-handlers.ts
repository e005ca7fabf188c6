import type { contractExportFolderMethods } from '../../../shared/api/contract-export-folder';
import type { contractTemplateMethods } from '../../../shared/api/contract-templates';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { exportContractToFolder, lastContractExportFolder } from './contract-export-folder';
import { copyTemplate, deleteTemplate, saveTemplate, templateDetail } from './template-repository';

/** Template editing (contractTemplates.*) and contract exports into a remembered folder. */
export const contractTemplateHandlers: HandlersFor<
  keyof typeof contractTemplateMethods | keyof typeof contractExportFolderMethods
> = {
  'contractTemplates.get': (input, ctx) => templateDetail(ctx.db(), input.id, translator(ctx.locale())),
  'contractTemplates.save': (input, ctx) => saveTemplate(ctx.db(), input, translator(ctx.locale())),
  'contractTemplates.copy': (input, ctx) => copyTemplate(ctx.db(), input, translator(ctx.locale())),
  'contractTemplates.delete': (input, ctx) => {
    deleteTemplate(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
  'contracts.exportToFolder': (input, ctx) => exportContractToFolder(ctx.db(), input, translator(ctx.locale())),
  'contracts.exportDefaults': (_input, ctx) => ({ folder: lastContractExportFolder(ctx.db()) }),
};
