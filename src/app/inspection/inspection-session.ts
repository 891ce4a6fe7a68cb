import type { BackendPreference } from '../../inference/backend-choice';
import type { ModelStart } from '../../inference/model-protocol';
import type { CallOptions, Reply, WorkerClient } from '../../shared/worker-transport';
import { appRoot } from '../root';
import { acceptSoftwareAdapterForTests, readBenchmarkCache, writeBenchmarkCache } from './backend-preference';
import type { InspectionHandlers } from './inspection-handlers';

/** A started inspection worker: what the inspection actions run on. Screens hold it and pass it back. */
export type InspectionSession = WorkerClient<InspectionHandlers>;

/**
 * Starts an inspection worker with this backend preference (onnxruntime-web fixes its backend and threads per
 * worker, so changing the preference means a new session). `started` resolves once the model is loaded; the
 * last start-up benchmark is remembered so later starts skip the measurement. `close()` stops it: calls still
 * pending then end with a WorkerClosedError, which is not a failure (the user left).
 */
export function openInspectionSession(preference: BackendPreference): { session: InspectionSession; started: Promise<ModelStart> } {
  let opened: InspectionSession | undefined;
  let closed = false;
  const session: InspectionSession = {
    call<K extends keyof InspectionHandlers & string>(
      name: K,
      args: Parameters<InspectionHandlers[K]>,
      options?: CallOptions,
    ): Promise<Reply<InspectionHandlers, K>> {
      return appRoot().then((root) => {
        opened ??= root.workers.inspection();
        if (closed) opened.close();
        return opened.call(name, args, options);
      });
    },
    close: () => {
      closed = true;
      opened?.close();
    },
  };
  const baseUrl = typeof document === 'undefined' ? 'app://gongzhi/' : new URL('./', document.baseURI).href;
  const started = session
    .call('init', [{ baseUrl, preference, acceptSoftwareAdapter: acceptSoftwareAdapterForTests(), cachedBenchmark: readBenchmarkCache() }])
    .then((start) => {
      if (start.benchmark) writeBenchmarkCache(start.benchmark);
      return start;
    });
  return { session, started };
}

/** Hands a project's model to the session; rejects when the model is refused (another backbone, or damaged). */
export async function loadProjectModel(session: InspectionSession, project: { id: string; model?: Uint8Array | undefined }): Promise<void> {
  if (!project.model) return;
  await session.call('load', [project.id, project.model.slice().buffer]);
}
