/**
 * What each DesktopApi method does in main, with Electron's dialogs and printing injected so the
 * behaviour (cancel paths, allow-list, limits) is unit-tested without Electron.
 */
import { join } from 'node:path';
import type { AppInfo, FileFilter } from '../../src/shared/host-types.ts';
import { PlatformError } from '../../src/shared/platform-error.ts';
import type { DesktopApiHandlers, SenderEvent } from './ipc-handlers.ts';
import { createPickedFileRegistry, listFolder, readPickedPath, statPickedFile, writeFileAtomic } from './file-access.ts';

export interface DialogHost<E> {
  /** Resolves to the chosen path, or null when the user cancelled. */
  showSaveDialog(event: E, options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** Resolves to the chosen paths; empty when the user cancelled. */
  showOpenDialog(event: E, options: { kind: 'files' | 'folder'; multiple: boolean; filters: FileFilter[] }): Promise<string[]>;
  /** The sender's current view as PDF bytes. */
  printToPdf(event: E): Promise<Uint8Array>;
  /** Where save dialogs start (the user's Documents folder). */
  defaultDirectory(): string;
  appInfo(): AppInfo;
  /** Stores the park hub the pages may reach (or none); true when that differs from before. */
  setHubOrigin(origin: string | null): boolean;
}

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];

export function createDesktopHandlers<E extends SenderEvent>(host: DialogHost<E>): DesktopApiHandlers<E> {
  const picks = createPickedFileRegistry();

  async function saveVia(event: E, suggestedName: string, filters: FileFilter[], produce: () => Promise<Uint8Array | string>) {
    const path = await host.showSaveDialog(event, { defaultPath: join(host.defaultDirectory(), suggestedName), filters });
    if (path === null) return { status: 'cancelled' as const };
    await writeFileAtomic(path, await produce());
    return { status: 'saved' as const, path };
  }

  return {
    saveFile: (event, { suggestedName, data, filters }) => saveVia(event, suggestedName, filters ?? [], async () => data),

    async openFiles(event, { multiple, filters }) {
      const paths = await host.showOpenDialog(event, { kind: 'files', multiple, filters: filters ?? [] });
      const chosen = multiple ? paths : paths.slice(0, 1);
      return Promise.all(
        chosen.map(async (path) => {
          const info = picks.remember(path, '', await statPickedFile(path));
          return { ...info, relativePath: info.name };
        }),
      );
    },

    async openFolder(event) {
      const [root] = await host.showOpenDialog(event, { kind: 'folder', multiple: false, filters: [] });
      if (root === undefined) return [];
      const files = await listFolder(root);
      return files.map((file) => picks.remember(file.path, file.relativePath, file.size));
    },

    async readPickedFile(_event, { id }) {
      const entry = picks.lookup(id);
      if (!entry) throw new PlatformError('platform.notPermitted');
      return readPickedPath(entry.path);
    },

    printToPdf: (event, { suggestedName }) =>
      saveVia(event, suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`, PDF_FILTERS, () =>
        host.printToPdf(event),
      ),

    appInfo: async () => host.appInfo(),
    setHubOrigin: async (_event, { origin }) => ({ changed: host.setHubOrigin(origin) }),
  };
}
