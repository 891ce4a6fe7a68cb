/**
 * IPC channel names of the DesktopApi. Kept free of runtime imports because the sandboxed preload
 * imports it, and a sandboxed preload cannot load npm packages such as zod.
 */
import type { DesktopApi } from './desktop-api';

export const DESKTOP_API_CHANNELS = {
  saveFile: 'gongzhi:save-file',
  openFiles: 'gongzhi:open-files',
  openFolder: 'gongzhi:open-folder',
  readPickedFile: 'gongzhi:read-picked-file',
  printToPdf: 'gongzhi:print-to-pdf',
  appInfo: 'gongzhi:app-info',
  setHubOrigin: 'gongzhi:set-hub-origin',
} as const satisfies { [K in keyof DesktopApi]: string };

/** Name of the preload object on `window`. */
export const DESKTOP_API_GLOBAL = 'gongzhi';
