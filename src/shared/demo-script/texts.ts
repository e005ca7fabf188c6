import type { Locale } from '../locale';
import { demoScriptEn } from './texts.en';
import { demoScriptZhCN } from './texts.zh-CN';
import type { AudienceRole } from './types';

/** The shape of the Chinese table with every leaf widened to string: the other languages must match it. */
export type TextTable<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly TextTable<U>[]
    : { readonly [K in keyof T]: TextTable<T[K]> };

export type DemoScriptTexts = TextTable<typeof demoScriptZhCN>;

const TABLES: Record<Locale, DemoScriptTexts> = { 'zh-CN': demoScriptZhCN, en: demoScriptEn };

export function demoScriptTexts(locale: Locale): DemoScriptTexts {
  return TABLES[locale];
}

/** The audience role as the presenter reads it (总经理, CIO/网管 …). */
export function audienceRoleLabel(role: AudienceRole, locale: Locale): string {
  return TABLES[locale].roles[role];
}

/** Replaces each {{name}} with its value; a name without a value is a bug in the generator. */
export function fill(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`demo script text: no value for {{${name}}} in "${template}"`);
    return value;
  });
}
