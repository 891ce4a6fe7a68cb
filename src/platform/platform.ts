/**
 * Everything the renderer needs from its host. The desktop implementation goes through the preload
 * bridge (one typed IPC contract); the web implementation uses downloads, file inputs and window.print,
 * so the same renderer runs in Electron and in any Chromium.
 */
import type { AppInfo, FileFilter, SaveFileResult } from '../shared/host-types';

export type { AppInfo, FileFilter, SaveFileResult };

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  data: Uint8Array | string;
  filters?: FileFilter[];
}

export interface PickedFile {
  /** File name without folders. */
  name: string;
  /** Path relative to the picked folder ("" parts joined with "/") when picked from a folder. */
  relativePath: string;
  size: number;
  /** Reads the whole file. Rejects with a PlatformError when it cannot be read. */
  bytes(): Promise<Uint8Array>;
}

export interface OpenFilesRequest {
  multiple: boolean;
  filters?: FileFilter[];
}

export interface Platform {
  readonly kind: 'desktop' | 'web';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  /** Every file below a folder the user picks (recursively). */
  openFolder(): Promise<PickedFile[]>;
  /** Prints the current view: to a PDF file on desktop, through the print dialog in a browser. */
  printToPdf(request: { suggestedName: string }): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /**
   * Lets the pages reach this park hub (or none). 'reload': the loaded page keeps its old content policy
   * and must be reloaded first (desktop, when the hub changed); 'ready': it can reach the hub now (or the
   * browser build's server decides, see scripts/serve-web.mjs --hub-origin).
   */
  allowHubOrigin(origin: string | null): Promise<'ready' | 'reload'>;
}
