/**
 * Exposes exactly the DesktopApi, one function per operation. Never ipcRenderer itself nor a generic
 * invoke: a page could then reach any channel (Electron security checklist item 20).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_CHANNELS, DESKTOP_API_GLOBAL } from '../../src/shared/desktop-api-channels.ts';
import type { DesktopApi } from '../../src/shared/desktop-api.ts';

const api = {
  saveFile: (args) => ipcRenderer.invoke(DESKTOP_API_CHANNELS.saveFile, args),
  openFiles: (args) => ipcRenderer.invoke(DESKTOP_API_CHANNELS.openFiles, args),
  openFolder: () => ipcRenderer.invoke(DESKTOP_API_CHANNELS.openFolder),
  readPickedFile: (args) => ipcRenderer.invoke(DESKTOP_API_CHANNELS.readPickedFile, args),
  printToPdf: (args) => ipcRenderer.invoke(DESKTOP_API_CHANNELS.printToPdf, args),
  appInfo: () => ipcRenderer.invoke(DESKTOP_API_CHANNELS.appInfo),
  setHubOrigin: (args) => ipcRenderer.invoke(DESKTOP_API_CHANNELS.setHubOrigin, args),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
