import { sql } from 'kysely';
import type { HubDb } from './connect';

/** The numbered SQL files, bundled as text (Vite), in order: 001-…sql, 002-…sql … */
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, text]) => {
    const name = path.replace(/^.*\//, '').replace(/\.sql$/, '');
    return { version: Number(name.slice(0, 3)), name, sql: text };
  })
  .sort((a, b) => a.version - b.version);

// Any fixed number: two hubs starting at once against one database take turns migrating.
const MIGRATION_LOCK = 720_017;

/** Applies every migration above the database's version, each in its own transaction; returns those applied. */
export async function migrate(db: HubDb, upTo = Number.POSITIVE_INFINITY): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
        conn,
      );
      const done = await sql<{ version: number }>`SELECT version FROM hub_migrations`.execute(conn);
      const applied = new Set(done.rows.map((r) => r.version));
      const names: string[] = [];
      for (const m of migrations) {
        if (m.version > upTo || applied.has(m.version)) continue;
        await conn.transaction().execute(async (tx) => {
          await sql.raw(m.sql).execute(tx);
          await sql`INSERT INTO hub_migrations (version, name) VALUES (${m.version}, ${m.name})`.execute(tx);
        });
        names.push(m.name);
      }
      return names;
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
