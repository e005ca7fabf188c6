import { AppError } from '../result';
import { chainPlace, sortAlongChain } from './chain';
import { allocateMinutes } from './minutes';
import { demoScriptTexts, fill, type DemoScriptTexts } from './texts';
import {
  AUDIENCE_ROLES,
  type AudienceRole,
  type DemoModuleInput,
  type DemoScript,
  type DemoScriptInput,
  type DemoStep,
  type DemoStepKind,
  type TalkingPoint,
} from './types';

/**
 * Relative length of each step. With `totalMinutes` the whole is split in these proportions;
 * without it the demo lasts their sum, rounded up to five minutes — so it grows with the modules.
 */
const WEIGHTS = {
  preparation: 3,
  architecture: 8,
  /** The CIO's deployment, database, integration and security questions take time. */
  architectureWithCio: 10,
  firstChainStep: 15,
  chainStep: 10,
  participation: 8,
  story: 5,
  highlights: 8,
  value: 10,
  closing: 5,
} as const;
const MAX_FEATURE_HIGHLIGHTS = 6;

type Draft = Omit<DemoStep, 'minutes'> & { weight: number };

/**
 * The demo script of the seed's standard flow (标准演示流程): preparation, architecture, the main
 * chain from the sales order across the chosen modules, the customer's own hands on the system,
 * stories of similar customers, what makes the product stand out, the value sums (算账) and a
 * closing with a hook for the next meeting. Every step speaks to each chosen audience role.
 */
export function generateDemoScript(input: DemoScriptInput): DemoScript {
  const t = demoScriptTexts(input.locale);
  const { totalMinutes } = input;
  if (totalMinutes !== undefined && (!Number.isSafeInteger(totalMinutes) || totalMinutes < 0)) {
    throw new AppError('INVALID_INPUT', t.errors.totalMinutes, { totalMinutes: t.errors.totalMinutes });
  }

  const ctx: Context = {
    t,
    roles: AUDIENCE_ROLES.filter((role) => input.roles.includes(role)),
    customer: input.customerName.trim(),
    industry: input.industry.trim(),
    modules: sortAlongChain(input.modules),
    similar: distinct((input.similarCustomers ?? []).map((name) => name.trim()).filter((name) => name !== '')),
    highlights: (input.valueHighlights ?? []).filter((h) => h.label.trim() !== '' || h.annualBenefitText.trim() !== ''),
  };

  const drafts: Draft[] = [
    preparation(ctx),
    architecture(ctx),
    ...chainSteps(ctx),
    participation(ctx),
    ...stories(ctx),
    highlights(ctx),
    value(ctx),
    closing(ctx),
  ];

  const weights = drafts.map((draft) => draft.weight);
  const total = totalMinutes ?? Math.ceil(weights.reduce((a, b) => a + b, 0) / 5) * 5;
  const minutes = allocateMinutes(weights, total);
  const steps = drafts.map(({ weight: _weight, ...draft }, index): DemoStep => {
    const { checklist, ...rest } = draft;
    const step: DemoStep = { ...rest, minutes: minutes[index] ?? 0 };
    if (checklist) step.checklist = checklist;
    return step;
  });
  return { steps, totalMinutes: total };
}

interface Context {
  t: DemoScriptTexts;
  /** The chosen roles, once each, in the canonical order. */
  roles: AudienceRole[];
  customer: string;
  industry: string;
  /** The chosen modules in chain order. */
  modules: DemoModuleInput[];
  similar: string[];
  highlights: { label: string; annualBenefitText: string }[];
}

type RoleTexts = { readonly [R in AudienceRole]: readonly string[] };

function draft(
  id: string,
  kind: DemoStepKind,
  weight: number,
  title: string,
  purpose: string,
  talkingPoints: TalkingPoint[],
  checklist?: string[],
): Draft {
  return checklist
    ? { id, kind, weight, title, purpose, talkingPoints, checklist }
    : { id, kind, weight, title, purpose, talkingPoints };
}

/** Talking points for everyone; the texts are final (input names are never filled twice). */
function forAll(texts: readonly string[]): TalkingPoint[] {
  return texts.map((text) => ({ role: 'all', text }));
}

function fillAll(templates: readonly string[], values?: Record<string, string>): string[] {
  return templates.map((template) => fill(template, values));
}

function forRoles(ctx: Context, texts: RoleTexts, values?: Record<string, string>): TalkingPoint[] {
  return ctx.roles.flatMap((role) => texts[role].map((text) => ({ role, text: fill(text, values) })));
}

function list(ctx: Context, items: readonly string[]): string {
  return items.join(ctx.t.join.list);
}

function chainText(ctx: Context): string {
  return ctx.modules.map((m) => m.name).join(ctx.t.join.chain);
}

function preparation(ctx: Context): Draft {
  const { t, customer, industry } = ctx;
  const p = t.preparation;
  const [industryData, chainData, ...otherData] = p.checklist.data;
  const checklist = [
    ...fillAll(p.checklist.hardware),
    ...(industryData ? [fill(industryData, { industry, customer })] : []),
    ...(chainData && ctx.modules.length > 0 ? [fill(chainData, { chain: chainText(ctx) })] : []),
    ...fillAll(otherData),
    ctx.similar.length > 0 ? fill(p.checklist.stories, { customers: list(ctx, ctx.similar) }) : p.checklist.storiesNone,
    ctx.roles.length > 0
      ? fill(p.checklist.attendees, {
          roles: list(
            ctx,
            ctx.roles.map((role) => t.roles[role]),
          ),
        })
      : p.checklist.attendeesUnknown,
  ];
  return draft(
    'prep',
    'preparation',
    WEIGHTS.preparation,
    p.title,
    p.purpose,
    [...forAll(fillAll(p.points)), ...forRoles(ctx, p.roles)],
    checklist,
  );
}

function architecture(ctx: Context): Draft {
  const a = ctx.t.architecture;
  const modules =
    ctx.modules.length > 0
      ? list(
          ctx,
          ctx.modules.map((m) => m.name),
        )
      : ctx.t.fallback.modules;
  return draft(
    'architecture',
    'architecture',
    ctx.roles.includes('cio') ? WEIGHTS.architectureWithCio : WEIGHTS.architecture,
    a.title,
    a.purpose,
    [...forAll(fillAll(a.points, { modules })), ...forRoles(ctx, a.roles)],
  );
}

function chainSteps(ctx: Context): Draft[] {
  const used = new Set<string>();
  return ctx.modules.map((module, index) => {
    const kind = chainPlace(module).kind;
    const texts = ctx.t.chain.kinds[kind];
    const values = { module: module.name };
    const previous = ctx.modules[index - 1];
    const opening: string[] = [];
    if (previous) opening.push(fill(ctx.t.chain.linkFromPrevious, { previous: previous.name }));
    else if (kind !== 'sales') opening.push(fill(ctx.t.chain.startWithoutSales, values));
    // The main-chain modules have their own storyline; the others are told through their features.
    const features =
      kind === 'generic'
        ? module.features.map((f) => fill(ctx.t.chain.feature, { feature: f.name, description: f.description }))
        : [];
    const purpose =
      kind === 'generic' && module.description.trim() !== '' ? module.description.trim() : fill(texts.purpose, values);
    return draft(
      uniqueId(`chain:${module.itemCode.trim() || module.id}`, used),
      'chain',
      index === 0 ? WEIGHTS.firstChainStep : WEIGHTS.chainStep,
      fill(texts.title, values),
      purpose,
      [...forAll([...opening, ...fillAll(texts.points, values), ...features]), ...forRoles(ctx, texts.roles, values)],
    );
  });
}

function participation(ctx: Context): Draft {
  const p = ctx.t.participation;
  return draft('participate', 'participation', WEIGHTS.participation, p.title, p.purpose, [
    ...forAll(fillAll(p.points)),
    ...forRoles(ctx, p.roles),
  ]);
}

function stories(ctx: Context): Draft[] {
  const s = ctx.t.story;
  if (ctx.similar.length === 0) {
    const values = { customer: ctx.t.fallback.referenceCustomer };
    return [
      draft('story:1', 'story', WEIGHTS.story, s.titleNone, s.purpose, [
        ...forAll(fillAll(s.pointsNone)),
        ...forRoles(ctx, s.roles, values),
      ]),
    ];
  }
  return ctx.similar.map((customer, index) => {
    const values = { customer };
    return draft(`story:${index + 1}`, 'story', WEIGHTS.story, fill(s.title, values), s.purpose, [
      ...forAll(fillAll(s.points, values)),
      ...forRoles(ctx, s.roles, values),
    ]);
  });
}

function highlights(ctx: Context): Draft {
  const h = ctx.t.highlights;
  const features = ctx.modules
    .flatMap((module) => {
      const first = module.features[0];
      return first
        ? [fill(h.feature, { feature: first.name, module: module.name, description: first.description })]
        : [];
    })
    .slice(0, MAX_FEATURE_HIGHLIGHTS);
  const values = { industry: ctx.industry };
  return draft('highlights', 'highlights', WEIGHTS.highlights, h.title, h.purpose, [
    ...forAll(features),
    ...forAll(fillAll(h.points, values)),
    ...forRoles(ctx, h.roles, values),
  ]);
}

function value(ctx: Context): Draft {
  const v = ctx.t.value;
  const estimates =
    ctx.highlights.length > 0
      ? [
          fill(v.highlightsLead, { customer: ctx.customer }),
          ...ctx.highlights.map((h) =>
            fill(v.highlight, { label: h.label.trim(), benefit: h.annualBenefitText.trim() }),
          ),
        ]
      : [];
  return draft('value', 'value', WEIGHTS.value, v.title, v.purpose, [
    ...forAll(estimates),
    ...forAll(fillAll(v.points)),
    ...forRoles(ctx, v.roles),
  ]);
}

function closing(ctx: Context): Draft {
  const c = ctx.t.closing;
  const reference = ctx.similar[0];
  const points = [
    ctx.modules.length > 0 ? fill(c.summary, { chain: chainText(ctx) }) : c.summaryNone,
    ...fillAll(c.points),
    reference ? fill(c.visit, { customer: reference }) : c.visitNone,
  ];
  return draft('close', 'closing', WEIGHTS.closing, c.title, c.purpose, [...forAll(points), ...forRoles(ctx, c.roles)]);
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}#${n}`;
  used.add(id);
  return id;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
