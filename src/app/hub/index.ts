// The park hub's actions, on the one app root: connect, send, status, requeue, disconnect, pooled figures.
// (hub-sync.ts holds them with their dependencies explicit, for tests.) The hub sync reads the workspace's
// tables (companies, assessments, inspection results) to collect what to send, hence the database handle.
import { appRoot } from '../root';
import * as sync from './hub-sync';

export type { ConnectProblem, HubStatus, SyncOutcome } from './hub-sync';

/** The shell's part (Platform.allowHubOrigin), passed in by the screen. */
export type AllowOrigin = (origin: string | null) => Promise<'ready' | 'reload'>;

async function deps(allowOrigin?: AllowOrigin): Promise<sync.HubSyncDeps> {
  const root = await appRoot();
  return { db: root.database, fetch: globalThis.fetch.bind(globalThis), now: () => new Date(), ...(allowOrigin ? { allowOrigin } : {}) };
}

export const connectToHub = async (input: Parameters<typeof sync.connectHub>[1], allowOrigin: AllowOrigin) =>
  sync.connectHub(await deps(allowOrigin), input);
export const sendToHub = async () => sync.syncNow(await deps());
export const loadHubStatus = async () => sync.hubStatus(await deps());
export const requeueHubItem = async (id: string) => sync.requeueRefused(await deps(), id);
export const disconnectFromHub = async (allowOrigin: AllowOrigin) => sync.disconnectHub(await deps(allowOrigin));
export const loadHubParkFigures = async (frameworkId: string) => sync.parkFigures(await deps(), frameworkId);
