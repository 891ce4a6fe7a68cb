import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { HubDatabase } from './schema';

export type HubDb = Kysely<HubDatabase>;

// bigint (count(*)) as a JS number: counts here stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** One connection pool per process; `poolSize` bounds the connections this hub opens. */
export function connectDatabase(connectionString: string, poolSize: number): HubDb {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // A dropped idle connection (PostgreSQL restarted) must not crash the hub; the pool opens a new one.
  pool.on('error', () => undefined);
  return new Kysely<HubDatabase>({ dialect: new PostgresDialect({ pool }) });
}
