import type { Locale } from '../locale';
import type { DocumentChapter, LongDocument } from '../proposals/document';
import { rich } from '../rich-text';
import { audienceRoleLabel } from './texts';
import type { AudienceRole, DemoScript } from './types';

/**
 * A demo script as a printable document: a timetable chapter (each step with its start time and
 * minutes, the total), then one chapter per step with its purpose, checklist and talking points
 * per role. The same LongDocument the proposal renderers print.
 */

const WORDS = {
  'zh-CN': {
    suffix: '演示脚本',
    contents: '目录',
    overview: '演示安排',
    audience: '参加人员',
    customer: '客户',
    presenter: '演示方',
    date: '日期',
    total: '总时长',
    minutes: (n: number) => `${n} 分钟`,
    columns: ['序号', '环节', '开始', '时长'] as const,
    purpose: '目的',
    checklist: '准备清单',
    points: '讲解要点',
    role: '对象',
    text: '要点',
    everyone: '全体',
    pageOf: (page: number, total: number) => `第 ${page} 页 共 ${total} 页`,
  },
  en: {
    suffix: 'Demo Script',
    contents: 'Contents',
    overview: 'Running order',
    audience: 'Audience',
    customer: 'Customer',
    presenter: 'Presented by',
    date: 'Date',
    total: 'Total',
    minutes: (n: number) => `${n} min`,
    columns: ['No.', 'Step', 'Starts', 'Length'] as const,
    purpose: 'Purpose',
    checklist: 'Checklist',
    points: 'Talking points',
    role: 'For',
    text: 'Point',
    everyone: 'Everyone',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  },
};

/** "0:00", "1:05" — elapsed time at the start of a step. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface DemoScriptSources {
  locale: Locale;
  title: string;
  script: DemoScript;
  roles: AudienceRole[];
  customerName: string;
  today: string;
  company: LongDocument['company'];
}

export function demoScriptDocument(sources: DemoScriptSources): LongDocument {
  const W = WORDS[sources.locale];
  const { script, locale } = sources;
  let elapsed = 0;
  const rows = script.steps.map((step, i) => {
    const row = [String(i + 1), step.title, clock(elapsed), W.minutes(step.minutes)];
    elapsed += step.minutes;
    return row;
  });
  const audience = sources.roles.map((r) => audienceRoleLabel(r, locale)).join('、');
  const overview: DocumentChapter = {
    id: 'overview',
    title: W.overview,
    blocks: [
      {
        type: 'keyValues',
        items: [
          { label: W.customer, value: sources.customerName },
          { label: W.audience, value: audience },
          { label: W.total, value: W.minutes(script.totalMinutes) },
        ],
      },
      {
        type: 'dataTable',
        columns: [
          { title: W.columns[0], align: 'center', width: 0.5 },
          { title: W.columns[1], width: 4 },
          { title: W.columns[2], align: 'center', width: 1 },
          { title: W.columns[3], align: 'right', width: 1 },
        ],
        rows,
        footer: [['', W.total, '', W.minutes(script.totalMinutes)]],
      },
    ],
  };
  const steps: DocumentChapter[] = script.steps.map((step) => ({
    id: step.id,
    title: `${step.title}（${W.minutes(step.minutes)}）`,
    blocks: [
      ...(step.purpose ? [rich.p(rich.b(`${W.purpose}：`), step.purpose)] : []),
      ...(step.checklist && step.checklist.length > 0 ? [rich.h(2, W.checklist), rich.ul(...step.checklist)] : []),
      ...(step.talkingPoints.length > 0
        ? [
            rich.h(2, W.points),
            {
              type: 'dataTable' as const,
              columns: [
                { title: W.role, width: 1 },
                { title: W.text, width: 5 },
              ],
              rows: step.talkingPoints.map((p) => [
                p.role === 'all' ? W.everyone : audienceRoleLabel(p.role, locale),
                p.text,
              ]),
            },
          ]
        : []),
    ],
  }));
  return {
    kind: 'demoScript',
    locale,
    title: sources.title,
    subtitle: W.suffix,
    cover: [
      { label: W.customer, value: sources.customerName },
      { label: W.presenter, value: sources.company.name },
      { label: W.audience, value: audience },
      { label: W.date, value: sources.today },
    ].filter((line) => line.value !== ''),
    company: sources.company,
    headerText: `${sources.company.name} · ${sources.title}`,
    tableOfContents: true,
    chapters: [overview, ...steps],
    labels: { contents: W.contents, pageOf: W.pageOf },
  };
}
