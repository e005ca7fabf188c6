import { describe, expect, it } from 'vitest';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/** Titles are stored with their merge fields and shown filled in: lists, the detail, file names. */

const TEMPLATE = '{{customer.shortName}} 分销行业解决方案建议书';
const RESOLVED = '四海商贸 分销行业解决方案建议书';

async function demo(): Promise<{ app: TestApp; id: number; quoteNumber: string }> {
  const app = await openTestApp({ seedDemo: true });
  const [summary] = await app.call('proposals.list', {});
  const [quote] = await app.call('quotes.list', {});
  return { app, id: must(summary).id, quoteNumber: `${must(quote).number}-${must(quote).revision}` };
}

async function retitle(app: TestApp, id: number, title: string) {
  const proposal = await app.call('proposals.get', { id });
  return app.call('proposals.save', { id, content: { ...proposal.content, title } });
}

describe('proposal titles (方案书标题)', () => {
  it('the list and the detail give the title filled in, and the template as written', async () => {
    const { app, id } = await demo();
    const [summary] = await app.call('proposals.list', {});
    expect(summary).toMatchObject({ id, title: RESOLVED, titleTemplate: TEMPLATE });
    const proposal = await app.call('proposals.get', { id });
    expect(proposal.title).toBe(RESOLVED);
    expect(proposal.content.title).toBe(TEMPLATE);
  });

  it('the exported .docx and .pdf are named by the filled-in title', async () => {
    const { app, id } = await demo();
    const docx = await app.call('proposals.export', { id, format: 'docx', locale: 'zh-CN' });
    const pdf = await app.call('proposals.export', { id, format: 'pdf', locale: 'zh-CN' });
    expect(docx.fileName).toBe(`${RESOLVED}.docx`);
    expect(pdf.fileName).toBe(`${RESOLVED}.pdf`);
  });

  it('a title with a quote field and characters file systems refuse: filled in, and a safe file name', async () => {
    const { app, id, quoteNumber } = await demo();
    await retitle(app, id, '{{customer.shortName}}/{{quote.number}} 方案：终稿?');
    const [summary] = await app.call('proposals.list', {});
    expect(must(summary).title).toBe(`四海商贸/${quoteNumber} 方案：终稿?`);
    const file = await app.call('proposals.export', { id, format: 'docx', locale: 'zh-CN' });
    expect(file.fileName).toBe(`四海商贸_${quoteNumber} 方案：终稿_.docx`);
  });

  it('an unknown field stays visible in the list (and blocks the export)', async () => {
    const { app, id } = await demo();
    const saved = await retitle(app, id, '{{customer.shortname}} 分销行业解决方案建议书');
    expect(saved.title).toBe('{{customer.shortname}} 分销行业解决方案建议书');
    expect(saved.blocker).toContain('customer.shortname');
    const [summary] = await app.call('proposals.list', {});
    expect(must(summary).title).toBe('{{customer.shortname}} 分销行业解决方案建议书');
  });

  it('a known field without a value disappears with its space: a proposal without a customer', async () => {
    const app = await openTestApp({ seedDemo: true });
    const dist = must((await app.call('library.solutions', {})).find((s) => s.code === 'SOL-DIST'));
    const created = await app.call('proposals.create', {
      customerId: null,
      solutionId: dist.id,
      quoteRevisionId: null,
    });
    expect(created.content.title).toBe(TEMPLATE);
    expect(created.title).toBe('分销行业解决方案建议书');
    const listed = must((await app.call('proposals.list', {})).find((p) => p.id === created.id));
    expect(listed).toMatchObject({ title: '分销行业解决方案建议书', titleTemplate: TEMPLATE });
  });

  it('the opportunity’s documents list shows the filled-in title', async () => {
    const { app, id } = await demo();
    const proposal = await app.call('proposals.get', { id });
    const opportunity = await app.call('opportunities.get', { id: must(proposal.opportunity).id });
    expect(opportunity.documents.proposals.map((p) => p.title)).toEqual([RESOLVED]);
  });
});
