import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { LibrarySectionInput, SolutionInput } from '../../../shared/api/library';
import { AppError } from '../../../shared/result';
import { describeIssues } from '../../validation-messages';
import { listSections, listSolutions, saveSection, saveSolution } from './library-repository';

/**
 * The library as one file a team shares: every solution (with modules and features) and every
 * section. Importing adds what is new and updates what matches (solutions by code, sections by
 * kind and title; modules by name, so proposals that use them keep working), all or nothing.
 */

const LibraryFile = z.object({
  format: z.literal('presales-library/1'),
  solutions: z.array(SolutionInput.omit({ id: true })),
  sections: z.array(LibrarySectionInput.omit({ id: true })),
});

export function exportLibrary(db: Database, t: TFunction): { fileName: string; dataBase64: string } {
  const file: z.input<typeof LibraryFile> = {
    format: 'presales-library/1',
    solutions: listSolutions(db, '', true).map((s) => ({
      code: s.code,
      name: s.name,
      industry: s.industry,
      summary: s.summary,
      tags: s.tags,
      modules: s.modules.map(({ id: _id, ...module }) => module),
    })),
    sections: listSections(db, '', true, t).map((s) => ({ kind: s.kind, title: s.title, tags: s.tags, body: s.body })),
  };
  const date = new Date().toISOString().slice(0, 10);
  return {
    fileName: `${t('library.fileName')}-${date}.json`,
    dataBase64: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64'),
  };
}

export function importLibrary(db: Database, json: string, t: TFunction): { solutions: number; sections: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new AppError('INVALID_INPUT', t('err.library.fileNotJson', { detail: (error as Error).message }));
  }
  const parsed = LibraryFile.safeParse(raw);
  if (!parsed.success) {
    // One message per place in the file ("sections.2.title"), in the user's language.
    const fields = describeIssues(parsed.error.issues, t);
    throw new AppError('INVALID_INPUT', t('err.library.fileInvalid', { count: Object.keys(fields).length }), fields);
  }
  // All or nothing: a solution or section that cannot be written rolls back everything before it.
  return db.transaction(() => {
    for (const solution of parsed.data.solutions) {
      const existing = db.prepare('SELECT id FROM solutions WHERE code = ?').pluck().get(solution.code) as
        number | undefined;
      const moduleIds = new Map(
        existing === undefined
          ? []
          : (
              db.prepare('SELECT name, id FROM solution_modules WHERE solution_id = ?').all(existing) as {
                name: string;
                id: number;
              }[]
            ).map((m) => [m.name, m.id] as const),
      );
      saveSolution(
        db,
        { ...solution, id: existing, modules: solution.modules.map((m) => ({ ...m, id: moduleIds.get(m.name) })) },
        t,
      );
    }
    for (const section of parsed.data.sections) {
      const existing = db
        .prepare('SELECT id FROM library_sections WHERE kind = ? AND title = ?')
        .pluck()
        .get(section.kind, section.title) as number | undefined;
      saveSection(db, { ...section, id: existing }, t);
    }
    return { solutions: parsed.data.solutions.length, sections: parsed.data.sections.length };
  })();
}
