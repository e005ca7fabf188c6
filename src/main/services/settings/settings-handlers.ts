import type { settingsMethods } from '../../../shared/api/settings';
import type { HandlersFor } from '../../handler';
import { readSettings, writeSetting } from './settings-repository';

export const settingsHandlers: HandlersFor<keyof typeof settingsMethods> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db()),
  'settings.setLocale': ({ locale }, ctx) => {
    writeSetting(ctx.db(), 'ui.locale', locale);
    ctx.localeChanged(locale);
    return readSettings(ctx.db());
  },
};
