import { describe, expect, it } from 'vitest';
import type { StandardClauseSeed, TemplateSeed } from '../../../src/main/services/contracts/seed-types';
import { STANDARD_CLAUSES_EN } from '../../../src/main/services/contracts/standard-clauses.en';
import { STANDARD_CLAUSES_ZH } from '../../../src/main/services/contracts/standard-clauses.zh-CN';
import { STANDARD_TEMPLATES } from '../../../src/main/services/contracts/standard-templates';
import { ClauseInput, ContractTerms } from '../../../src/shared/api/contract-drafts';
import { buildContractDocument } from '../../../src/shared/contract-drafts/build-document';
import { versionKey } from '../../../src/shared/contract-drafts/clause-diff';
import { articleBlocks, bodyLines, TABLE_FIELDS } from '../../../src/shared/contract-drafts/clause-text';
import { CONTRACT_MERGE_FIELDS } from '../../../src/shared/contract-drafts/merge';
import type { ClauseCategory, ClauseWording, LibraryClause } from '../../../src/shared/contract-drafts/types';
import type { Locale } from '../../../src/shared/locale';
import { sampleDeal } from '../../fixtures/contract-document';

const LIBRARIES: [Locale, StandardClauseSeed[]][] = [
  ['zh-CN', STANDARD_CLAUSES_ZH],
  ['en', STANDARD_CLAUSES_EN],
];
const ALL_CLAUSES = [...STANDARD_CLAUSES_ZH, ...STANDARD_CLAUSES_EN];

const LICENCE_CATEGORIES: ClauseCategory[] = [
  'parties',
  'definitions',
  'scope',
  'price',
  'delivery',
  'acceptance',
  'warranty',
  'licence',
  'confidentiality',
  'liability',
  'breach',
  'forceMajeure',
  'disputes',
  'notices',
  'effect',
  'signatures',
];
const MANDATORY_IN_LICENCE: ClauseCategory[] = [
  'parties',
  'scope',
  'price',
  'acceptance',
  'licence',
  'confidentiality',
  'disputes',
  'effect',
  'signatures',
];

const ANY_FIELD = /\{\{([^{}]*)\}\}/g;

function fieldsOf(text: string): string[] {
  return [...text.matchAll(ANY_FIELD)].map((m) => m[1] ?? '');
}

function withoutFields(text: string): string {
  return text.replace(ANY_FIELD, '');
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

function clauseOf(template: TemplateSeed, key: string): StandardClauseSeed {
  const clause = ALL_CLAUSES.find((c) => c.lang === template.lang && c.key === key);
  if (!clause) throw new Error(`${template.key}: no ${template.lang} clause ${key}`);
  return clause;
}

/** The clauses of a template, each with the wording it starts from. */
function chosen(template: TemplateSeed): { clause: StandardClauseSeed; wording: ClauseWording }[] {
  return template.clauses.map((ref) => {
    const clause = clauseOf(template, ref.key);
    const wording = ref.wording === undefined ? clause.wordings[0] : clause.wordings.find((w) => w.key === ref.wording);
    if (!wording) throw new Error(`${template.key}: clause ${ref.key} has no wording ${ref.wording}`);
    return { clause, wording };
  });
}

function templateText(template: TemplateSeed): string {
  return chosen(template)
    .map(({ wording }) => `${wording.heading}\n${wording.body}`)
    .join('\n');
}

function template(key: string): TemplateSeed {
  const found = STANDARD_TEMPLATES.find((t) => t.key === key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
}

describe.each(LIBRARIES)('the %s standard clause library', (lang, clauses) => {
  it('holds clauses of its own language only, each key once', () => {
    expect(clauses.length).toBeGreaterThan(0);
    expect(clauses.every((c) => c.lang === lang)).toBe(true);
    const keys = clauses.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every clause at least one wording, each with a heading and a body, wording keys unique', () => {
    for (const clause of clauses) {
      expect(clause.wordings.length, clause.key).toBeGreaterThan(0);
      const keys = clause.wordings.map((w) => w.key);
      expect(new Set(keys).size, clause.key).toBe(keys.length);
      for (const wording of clause.wordings) {
        expect(wording.heading.trim(), clause.key).not.toBe('');
        expect(wording.body.trim(), clause.key).not.toBe('');
        expect(wording.label.trim(), clause.key).not.toBe('');
      }
    }
  });

  it('would be accepted by the clause editor as it stands (key format, lengths, wordings)', () => {
    for (const clause of clauses) {
      const parsed = ClauseInput.safeParse({ ...clause });
      expect(parsed.error?.issues ?? [], clause.key).toEqual([]);
    }
  });

  it('uses only the contract merge fields and the two table placeholders, never the signing date', () => {
    const known = new Set<string>(CONTRACT_MERGE_FIELDS);
    const tables = new Set(Object.keys(TABLE_FIELDS));
    for (const clause of clauses) {
      for (const wording of clause.wordings) {
        const text = `${wording.heading}\n${wording.body}`;
        for (const field of fieldsOf(text)) {
          const isTable = tables.has(`{{${field}}}`);
          expect(known.has(field) || isTable, `${clause.key}/${wording.key}: {{${field}}}`).toBe(true);
          expect(field).not.toBe('contract.signingDate');
        }
        // No half-written field such as "{{price.total}" or "{terms.copies}}".
        expect(withoutFields(text), `${clause.key}/${wording.key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('places a table only on a line of its own', () => {
    for (const clause of clauses) {
      for (const wording of clause.wordings) {
        const placed = bodyLines(wording.body).filter((line) => line.kind === 'table').length;
        expect(count(wording.body, '{{table.'), `${clause.key}/${wording.key}`).toBe(placed);
      }
    }
  });

  it('parses every body into blocks with text, items always under a sub-clause or lead-in', () => {
    for (const clause of clauses) {
      for (const wording of clause.wordings) {
        const blocks = articleBlocks(wording.body, 7, lang);
        expect(blocks.length, clause.key).toBeGreaterThan(0);
        for (const block of blocks) {
          if (block.kind === 'paragraph') expect(block.text.trim(), `${clause.key}/${wording.key}`).not.toBe('');
        }
        expect(bodyLines(wording.body)[0]?.kind, `${clause.key}/${wording.key}`).not.toBe('item');
      }
    }
  });

  it('offers the two acceptance wordings (staged, single final) and the two dispute wordings (arbitration, court)', () => {
    const wordingKeys = (key: string) => clauses.find((c) => c.key === key)?.wordings.map((w) => w.key);
    expect(wordingKeys('acceptance')).toEqual(['milestone', 'final']);
    expect(wordingKeys('disputes')).toEqual(['arbitration', 'court']);
    const byKey = (key: string, wording: string) =>
      clauses.find((c) => c.key === key)?.wordings.find((w) => w.key === wording)?.body ?? '';
    expect(byKey('disputes', 'arbitration')).toContain('{{terms.disputeBody}}');
    expect(byKey('disputes', 'court')).toContain('{{terms.disputeBody}}');
  });

  it('uses each clause in at least one template', () => {
    const used = new Set(STANDARD_TEMPLATES.filter((t) => t.lang === lang).flatMap((t) => t.clauses.map((c) => c.key)));
    expect(clauses.map((c) => c.key).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('the standard clauses as typeset', () => {
  it('writes Chinese clauses with full-width punctuation', () => {
    for (const clause of STANDARD_CLAUSES_ZH) {
      for (const wording of clause.wordings) {
        expect(withoutFields(`${wording.heading}\n${wording.body}`), `${clause.key}/${wording.key}`).not.toMatch(
          /[,;()?!]/,
        );
      }
    }
  });

  it('writes English clauses without Chinese characters (the 大写 comes from a merge field)', () => {
    for (const clause of STANDARD_CLAUSES_EN) {
      for (const wording of clause.wordings) {
        expect(withoutFields(`${wording.heading}\n${wording.body}`), `${clause.key}/${wording.key}`).not.toMatch(
          /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/,
        );
      }
    }
  });

  it('states the licence contract price in figures and in capitals, with the milestones and the bank account', () => {
    for (const clauses of [STANDARD_CLAUSES_ZH, STANDARD_CLAUSES_EN]) {
      const price = clauses.find((c) => c.key === 'price')?.wordings[0]?.body ?? '';
      for (const field of [
        '{{price.total}}',
        '{{price.totalCapital}}',
        '{{table.milestones}}',
        '{{company.bankAccount}}',
        '{{terms.paymentDays}}',
      ]) {
        expect(price).toContain(field);
      }
    }
  });
});

describe('the standard contract templates', () => {
  it('are the Chinese and English licence contracts and the Chinese trial agreement', () => {
    expect(STANDARD_TEMPLATES.map((t) => [t.key, t.name, t.kind, t.lang])).toEqual([
      ['licence-zh', '软件许可及实施服务合同', 'licence', 'zh-CN'],
      ['trial-zh', '软件试用协议', 'trial', 'zh-CN'],
      ['licence-en', 'Software Licence and Implementation Agreement', 'licence', 'en'],
    ]);
    for (const t of STANDARD_TEMPLATES) expect(t.description.trim(), t.key).not.toBe('');
  });

  it('start from the standard key terms, signing place and date left to the drafter', () => {
    for (const t of STANDARD_TEMPLATES) {
      expect(ContractTerms.safeParse(t.terms).error?.issues ?? [], t.key).toEqual([]);
      expect(t.terms).toMatchObject({
        signingPlace: '',
        signingDate: '',
        implementationDays: 90,
        paymentDays: 10,
        warrantyMonths: 12,
        maintenanceRateBp: 1500,
        liabilityCapBp: 10000,
        trialDays: 30,
      });
    }
    expect(template('licence-zh').terms).toMatchObject({ disputeBody: '上海仲裁委员会', copies: 4 });
    expect(template('trial-zh').terms).toMatchObject({ disputeBody: '上海仲裁委员会', copies: 2 });
    expect(template('licence-en').terms).toMatchObject({
      disputeBody: 'Shanghai International Arbitration Center',
      copies: 4,
    });
  });

  it.each(STANDARD_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s refers only to clauses and wordings of its own language, each clause once',
    (_key, t) => {
      expect(() => chosen(t)).not.toThrow();
      const keys = t.clauses.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it.each(STANDARD_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s opens with the parties and closes with the signatures, each once',
    (_key, t) => {
      const categories = chosen(t).map(({ clause }) => clause.category);
      expect(categories[0]).toBe('parties');
      expect(categories.at(-1)).toBe('signatures');
      expect(categories.filter((c) => c === 'parties')).toHaveLength(1);
      expect(categories.filter((c) => c === 'signatures')).toHaveLength(1);
    },
  );

  it.each(['licence-zh', 'licence-en'])(
    '%s covers every article of a licence contract, in the standard wordings',
    (key) => {
      const t = template(key);
      const picked = chosen(t);
      expect(new Set(picked.map(({ clause }) => clause.category))).toEqual(new Set(LICENCE_CATEGORIES));
      expect(picked.find(({ clause }) => clause.category === 'acceptance')?.wording.key).toBe('milestone');
      expect(picked.find(({ clause }) => clause.category === 'disputes')?.wording.key).toBe('arbitration');
      const mandatory = picked.filter(({ clause }) => clause.mandatory).map(({ clause }) => clause.category);
      expect(new Set(mandatory)).toEqual(new Set(MANDATORY_IN_LICENCE));
      const text = templateText(t);
      expect(count(text, '{{table.schedule}}')).toBe(1);
      expect(count(text, '{{table.milestones}}')).toBe(1);
      expect(text).toContain('{{price.totalCapital}}');
      for (const field of [
        '{{terms.implementationDays}}',
        '{{terms.warrantyMonths}}',
        '{{terms.maintenanceFee}}',
        '{{terms.liabilityCap}}',
        '{{terms.disputeBody}}',
        '{{terms.copies}}',
      ]) {
        expect(text).toContain(field);
      }
    },
  );

  it('lists the tried products once, with the trial period and the purchase price, and no payment table', () => {
    const t = template('trial-zh');
    const text = templateText(t);
    expect(count(text, '{{table.schedule}}')).toBe(1);
    expect(count(text, '{{table.milestones}}')).toBe(0);
    for (const field of ['{{terms.trialDays}}', '{{price.total}}', '{{price.totalCapital}}', '{{terms.copies}}']) {
      expect(text).toContain(field);
    }
    const categories = chosen(t).map(({ clause }) => clause.category);
    expect(categories).toEqual(expect.arrayContaining(['scope', 'licence', 'confidentiality', 'disputes', 'effect']));
  });
});

describe('a contract drafted from each standard template', () => {
  const library: LibraryClause[] = ALL_CLAUSES.map((seed, i) => ({ ...seed, id: i + 1, version: 1 }));
  const versions = new Map(library.map((c) => [versionKey(c.id, c.version), c]));

  function draft(t: TemplateSeed) {
    const clauses = t.clauses.map((ref) => {
      const clause = library.find((c) => c.lang === t.lang && c.key === ref.key);
      const wording = clause?.wordings.find((w) => w.key === (ref.wording ?? clause.wordings[0]?.key));
      if (!clause || !wording) throw new Error(`${t.key}: ${ref.key}`);
      return {
        id: `c-${clause.key}`,
        origin: 'standard' as const,
        clauseId: clause.id,
        clauseVersion: clause.version,
        wording: wording.key,
        category: clause.category,
        mandatory: clause.mandatory,
        heading: wording.heading,
        body: wording.body,
      };
    });
    return buildContractDocument({
      locale: t.lang,
      number: 'HT-2026-0001',
      revision: 1,
      state: 'draft',
      content: { title: t.name, terms: t.terms, clauses, removed: [] },
      deal: sampleDeal(),
      versions,
    });
  }

  it.each(STANDARD_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s fills every field from the sample quote and is entirely standard',
    (_key, t) => {
      const doc = draft(t);
      expect(doc.articles).toHaveLength(t.clauses.length - 2);
      expect(doc.preamble.length).toBeGreaterThan(0);
      expect(doc.closing).toHaveLength(1);
      expect(doc.deviations).toEqual([]);
      const text = [
        ...doc.preamble,
        ...doc.closing,
        ...doc.articles.flatMap((a) => [a.heading, ...a.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))]),
      ].join('\n');
      expect(text).not.toContain('{{');
      expect(text).toContain(doc.deal.totalCapital);
      const tables = doc.articles.flatMap((a) => a.blocks.filter((b) => b.kind === 'table').map((b) => b.table));
      expect(tables).toEqual(t.kind === 'licence' ? ['schedule', 'milestones'] : ['schedule']);
    },
  );

  it('closes the Chinese contracts with the number of copies in capitals and 以下无正文', () => {
    expect(draft(template('licence-zh')).closing[0]).toMatch(/^本合同一式肆份.*（以下无正文）$/);
    expect(draft(template('trial-zh')).closing[0]).toMatch(/^本合同一式贰份/);
    expect(draft(template('licence-en')).closing[0]).toMatch(/^This Agreement is executed in 4 counterparts/);
  });

  it('numbers the Chinese licence contract 第一条 to 第十四条, definitions first', () => {
    const doc = draft(template('licence-zh'));
    expect(doc.articles[0]).toMatchObject({ number: '第一条', heading: '定义' });
    expect(doc.articles.at(-1)).toMatchObject({ number: '第十四条', heading: '合同生效、变更及附件' });
  });
});
