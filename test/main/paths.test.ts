import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from '../../src/main/paths';

describe('where the data lives', () => {
  it('uses the same folder as Electron’s userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Presales Workbench');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/li')).toBe('/cfg/Presales Workbench');
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/Presales Workbench');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\Presales Workbench',
    );
  });

  it('lets --db win over PRESALES_DB, and PRESALES_DB over the default', () => {
    expect(resolveDbPath('/tmp/a.db', { PRESALES_DB: '/tmp/b.db' })).toBe('/tmp/a.db');
    expect(resolveDbPath(undefined, { PRESALES_DB: '/tmp/b.db' })).toBe('/tmp/b.db');
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/cfg', HOME: '/h' })).toBe(
      process.platform === 'linux' ? path.join('/cfg', 'Presales Workbench', 'presales.db') : expect.any(String),
    );
  });
});
