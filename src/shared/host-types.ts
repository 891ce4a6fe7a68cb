/** What the host (Electron main, or the browser) and the renderer exchange about files and the app: typed once for both. */

export interface FileFilter {
  /** Already translated label, e.g. "备份文件". */
  name: string;
  /** Extensions without the dot, e.g. ["gzbak"]. */
  extensions: string[];
}

export type SaveFileResult = { status: 'saved'; path?: string } | { status: 'cancelled' };

export interface AppInfo {
  appName: string;
  appVersion: string;
  /** "desktop" inside Electron, "web" in a plain browser. */
  shell: 'desktop' | 'web';
  /** Versions of the runtime parts (electron, chrome, node, v8) where known. */
  versions: Record<string, string>;
  platform: string;
  arch: string;
}
