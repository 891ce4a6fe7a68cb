/**
 * The renderer's single way to the host. Inside Electron the preload has put the DesktopApi on
 * `window.gongzhi`; anywhere else (npm run web, Playwright) the browser implementation is used.
 */
import { DESKTOP_API_GLOBAL } from '../shared/desktop-api-channels';
import type { DesktopApi } from '../shared/desktop-api';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { AppInfo, FileFilter, OpenFilesRequest, PickedFile, Platform, SaveFileRequest, SaveFileResult } from './platform';
export { PlatformError, type PlatformErrorCode } from '../shared/platform-error';

export function pickPlatform(scope: Partial<Record<typeof DESKTOP_API_GLOBAL, DesktopApi>>): Platform {
  const api = scope[DESKTOP_API_GLOBAL];
  return api ? createDesktopPlatform(api) : createWebPlatform();
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= pickPlatform(globalThis as Partial<Record<typeof DESKTOP_API_GLOBAL, DesktopApi>>);
  return current;
}
