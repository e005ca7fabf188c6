import { z } from 'zod';
import { LOCALES } from '../locale';
import { method, NoInput } from './common';

export const Settings = z.object({
  /** The UI language the user chose, or null to follow the system language. */
  locale: z.enum(LOCALES).nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const settingsMethods = {
  'settings.get': method({ input: NoInput, output: Settings, doc: 'User preferences kept in the database.' }),
  'settings.setLocale': method({
    input: z.object({ locale: z.enum(LOCALES, 'err.invalidChoice') }),
    output: Settings,
    doc: 'Remembers the UI language; menus and messages follow it at once.',
  }),
};
