import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    hubPostgresUrl: string;
  }
}

/** One PostgreSQL server for the whole hub test project; each test file makes its own database in it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const external = process.env.HUB_TEST_DATABASE_URL;
  if (external) {
    project.provide('hubPostgresUrl', external);
    return () => undefined;
  }
  const server = await startTestPostgres();
  project.provide('hubPostgresUrl', server.url);
  return () => server.stop();
}
