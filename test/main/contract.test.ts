import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src/shared/api';
import { openTestApp } from '../helpers/test-app';
import { dispatch } from '../../src/main/dispatch';

describe('the contract between main and its callers', () => {
  it('has this exact method surface (review any change to this snapshot)', () => {
    const surface = Object.fromEntries(
      Object.entries(contract)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, spec]) => [
          name,
          {
            doc: spec.doc,
            input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
            output: z.toJSONSchema(spec.output, { unrepresentable: 'any' }),
          },
        ]),
    );
    expect(surface).toMatchSnapshot();
  });

  it('answers an unknown method with an error, not an exception', async () => {
    const app = await openTestApp();
    const result = await dispatch(app.ctx, 'contracts.sign', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: '程序内部错误：未知操作 contracts.sign', fields: {} },
    });
  });

  it('rejects unexpected input fields', async () => {
    const app = await openTestApp();
    const result = await dispatch(app.ctx, 'db.info', { path: '/etc' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
  });

  it('remembers the UI language', async () => {
    const app = await openTestApp();
    expect(await app.call('settings.get')).toEqual({ locale: null });
    await app.call('settings.setLocale', { locale: 'en' });
    expect(await app.call('settings.get')).toEqual({ locale: 'en' });
    const bad = await app.fail('settings.setLocale', { locale: 'fr' });
    expect(bad.fields).toEqual({ locale: 'Not one of the allowed values' });
  });
});
