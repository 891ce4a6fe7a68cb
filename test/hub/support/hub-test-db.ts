import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { connectDatabase, type HubDb } from '../../../src/hub/db/connect';
import { migrate } from '../../../src/hub/db/migrate';

export interface TestDatabase {
  db: HubDb;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, empty database in the test server (one per test file, so files run in parallel), migrated unless told. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = inject('hubPostgresUrl');
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const db = connectDatabase(url, 5);
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
