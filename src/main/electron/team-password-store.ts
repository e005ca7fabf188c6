import fs from 'node:fs';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { TeamPasswordStore } from '../team/team-link';

/**
 * Team passwords in the desktop app: encrypted with the operating system's keychain through
 * Electron's safeStorage, in a file of their own beside the database (never in SQLite). Where
 * the system offers no encryption, a password is kept for the session only.
 */
export function safeStorageTeamPasswords(): TeamPasswordStore {
  const file = path.join(app.getPath('userData'), 'team-passwords.json');
  const session = new Map<string, string>();
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, string>) => fs.writeFileSync(file, JSON.stringify(all), { mode: 0o600 });
  return {
    get(user) {
      const sealed = read()[user];
      if (sealed && safeStorage.isEncryptionAvailable()) {
        try {
          return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
        } catch {
          return session.get(user);
        }
      }
      return session.get(user);
    },
    set(user, password) {
      session.set(user, password);
      if (!safeStorage.isEncryptionAvailable()) return;
      write({ ...read(), [user]: safeStorage.encryptString(password).toString('base64') });
    },
    forget(user) {
      session.delete(user);
      write(Object.fromEntries(Object.entries(read()).filter(([name]) => name !== user)));
    },
  };
}
