import { bootstrapPark } from './bootstrap';
import { ConfigError, configFromEnv } from './config';
import { connectDatabase } from './db/connect';
import { migrate } from './db/migrate';
import { buildHubServer } from './server';

// `npm run hub` / `node out/hub/gongzhi-hub.js`: configuration from the environment (see src/hub/README.md).
let config;
try {
  config = configFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`gongzhi-hub: ${error.message}`);
  process.exit(2);
}

const db = connectDatabase(config.databaseUrl, config.dbPoolSize);
const app = await buildHubServer({ config, db });
const applied = await migrate(db);
if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
if ((await bootstrapPark(db, config.bootstrap)).created)
  app.log.info({ park: config.bootstrap?.parkName }, 'park and administrator created');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  // Requests in flight finish (new ones get 503); a stuck one cannot hold the process past 10 s.
  const force = setTimeout(() => {
    app.log.error('shutdown took over 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  await app.close();
  await db.destroy();
  app.log.info('stopped');
}
process.once('SIGTERM', (signal) => void shutdown(signal));
process.once('SIGINT', (signal) => void shutdown(signal));

await app.listen({ host: config.host, port: config.port });
