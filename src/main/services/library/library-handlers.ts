import type { libraryMethods } from '../../../shared/api/library';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { exportProposal } from '../proposals/proposal-export';
import {
  createProposal,
  deleteProposal,
  getProposal,
  listProposals,
  saveProposal,
} from '../proposals/proposal-repository';
import { exportLibrary, importLibrary } from './library-file';
import {
  archiveSection,
  archiveSolution,
  duplicateSection,
  duplicateSolution,
  listSections,
  listSolutions,
  saveSection,
  saveSolution,
} from './library-repository';

export const libraryHandlers: HandlersFor<keyof typeof libraryMethods> = {
  'library.sections': (input, ctx) =>
    listSections(ctx.db(), input.query, input.includeArchived, translator(ctx.locale())),
  'library.saveSection': (input, ctx) => saveSection(ctx.db(), input, translator(ctx.locale())),
  'library.duplicateSection': (input, ctx) => duplicateSection(ctx.db(), input.id, translator(ctx.locale())),
  'library.archiveSection': (input, ctx) =>
    archiveSection(ctx.db(), input.id, input.archived, translator(ctx.locale())),
  'library.solutions': (input, ctx) => listSolutions(ctx.db(), input.query, input.includeArchived),
  'library.saveSolution': (input, ctx) => saveSolution(ctx.db(), input, translator(ctx.locale())),
  'library.duplicateSolution': (input, ctx) => duplicateSolution(ctx.db(), input.id, translator(ctx.locale())),
  'library.archiveSolution': (input, ctx) =>
    archiveSolution(ctx.db(), input.id, input.archived, translator(ctx.locale())),
  'library.export': (_input, ctx) => exportLibrary(ctx.db(), translator(ctx.locale())),
  'library.import': (input, ctx) => importLibrary(ctx.db(), input.json, translator(ctx.locale())),
  'proposals.list': (_input, ctx) => listProposals(ctx.db()),
  'proposals.get': (input, ctx) => getProposal(ctx.db(), input.id, ctx.locale(), translator(ctx.locale())),
  'proposals.create': (input, ctx) => createProposal(ctx.db(), input, ctx.locale(), translator(ctx.locale())),
  'proposals.save': (input, ctx) =>
    saveProposal(ctx.db(), input.id, input.content, ctx.locale(), translator(ctx.locale())),
  'proposals.delete': (input, ctx) => {
    deleteProposal(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
  'proposals.export': (input, ctx) => exportProposal(ctx.db(), input, translator(ctx.locale())),
};
