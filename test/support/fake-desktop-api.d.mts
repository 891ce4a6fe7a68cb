import type { Page } from 'playwright-core';
import type { DesktopApi } from '../../src/shared/desktop-api';

export interface FakeDesktopControl {
  addFiles(files: Array<{ relativePath: string; base64: string }>): Promise<number>;
  cancelNextPick(): Promise<void>;
  counts(): Promise<{ openFiles: number; openFolder: number; readPickedFile: number }>;
  saved(): Promise<Array<{ suggestedName: string; data: string | Uint8Array }>>;
}
export function installFakeDesktopApi(scope?: object): void;
export function stageFakePick(page: Page, files: Array<{ relativePath: string; bytes: Uint8Array }>): Promise<void>;
export type { DesktopApi };
