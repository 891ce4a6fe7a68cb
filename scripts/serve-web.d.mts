/** Types for scripts/serve-web.mjs, so TypeScript e2e tests and benchmarks can import it. */
export interface WebServer {
  /** e.g. "http://127.0.0.1:5180/" */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT: number;
/** Absolute path of out/renderer. */
export const DEFAULT_ROOT: string;

/** Serves `root` (default out/renderer) on 127.0.0.1; port 0 picks a free port. */
export function startWebServer(options?: { root?: string; port?: number }): Promise<WebServer>;
