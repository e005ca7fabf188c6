/**
 * `npm run web`: browser mode. Opens the same database as the app and serves the built UI on
 * http://127.0.0.1:5199 (or --port). Options: --db PATH, --port N, --no-demo.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppContext } from '../app-context';
import { resolveDbPath } from '../paths';
import { startBridge } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '5199' },
    'no-demo': { type: 'boolean', default: false },
  },
});

const ctx = await AppContext.open({ dbPath: resolveDbPath(values.db), seedDemoOnCreate: !values['no-demo'] });
const bridge = await startBridge({
  ctx,
  staticDir: path.resolve(import.meta.dirname, '../../../out/renderer'),
  port: Number(values.port),
});
console.log(`Presales Workbench (browser mode) → ${bridge.url}`);
console.log(`Database: ${ctx.dbPath}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void bridge.close().then(() => {
      ctx.close();
      process.exit(0);
    });
  });
}
