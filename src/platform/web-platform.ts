/**
 * The Platform in a plain browser (npm run web, Playwright): downloads through <a download>, file and
 * folder inputs, and the browser's print dialog (where "Save as PDF" is one of the printers).
 */
import { version } from '../../package.json';
import { safeFileName } from './file-name';
import type { FileFilter, PickedFile, Platform } from './platform';
import { PlatformError } from '../shared/platform-error';

export interface AnchorLike {
  href: string;
  download: string;
  rel: string;
  click(): void;
}

export interface FileInputLike {
  type: string;
  multiple: boolean;
  accept: string;
  webkitdirectory: boolean;
  readonly files: ArrayLike<File> | null;
  click(): void;
  addEventListener(type: 'change' | 'cancel', listener: () => void, options: { once: true }): void;
}

/** The few DOM operations used, injectable so the behaviour is testable in Node. */
export interface WebHost {
  createAnchor(): AnchorLike;
  createFileInput(): FileInputLike;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  /** Runs `task` later; object URLs are revoked late because Chromium may still be reading them. */
  later(task: () => void): void;
  print(): void;
  userAgent: string;
  platform: string;
}

export function browserHost(): WebHost {
  return {
    createAnchor: () => document.createElement('a'),
    createFileInput: () => document.createElement('input'),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    later: (task) => void setTimeout(task, 60_000),
    print: () => window.print(),
    userAgent: navigator.userAgent,
    platform: navigator.platform,
  };
}

function acceptFor(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions).filter((extension) => extension !== '*');
  return extensions.map((extension) => `.${extension}`).join(',');
}

function fromFile(file: File, relativePath: string): PickedFile {
  return {
    name: file.name,
    relativePath,
    // read on demand: for a picked file Chromium asks the browser process for its size synchronously,
    // which for a folder of 500 images was a long freeze right after picking
    get size() {
      return file.size;
    },
    bytes: async () => {
      try {
        return new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        throw new PlatformError('platform.readFailed', {}, { cause: error });
      }
    },
  };
}

/** Resolves with the chosen files, or none when the user dismisses the dialog ('cancel' event). */
function pickFiles(host: WebHost, configure: (input: FileInputLike) => void): Promise<File[]> {
  const input = host.createFileInput();
  input.type = 'file';
  configure(input);
  return new Promise((resolve) => {
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

export function createWebPlatform(host: WebHost = browserHost()): Platform {
  return {
    kind: 'web',
    async saveFile({ suggestedName, mimeType, data }) {
      const blob = new Blob([typeof data === 'string' ? data : data.slice()], { type: mimeType });
      const url = host.createObjectURL(blob);
      const anchor = host.createAnchor();
      anchor.href = url;
      anchor.download = safeFileName(suggestedName);
      anchor.rel = 'noopener';
      anchor.click();
      host.later(() => host.revokeObjectURL(url));
      // The browser's own download UI takes over; a page cannot learn whether it was kept.
      return { status: 'saved' };
    },
    async openFiles({ multiple, filters }) {
      const files = await pickFiles(host, (input) => {
        input.multiple = multiple;
        input.accept = acceptFor(filters);
      });
      return files.slice(0, multiple ? undefined : 1).map((file) => fromFile(file, file.name));
    },
    async openFolder() {
      const files = await pickFiles(host, (input) => {
        input.webkitdirectory = true;
      });
      // webkitRelativePath starts with the picked folder's own name; the desktop paths do not.
      return files
        .map((file) => ({ file, relativePath: file.webkitRelativePath.split('/').slice(1).join('/') || file.name }))
        .filter(({ relativePath }) => !relativePath.split('/').some((part) => part.startsWith('.')))
        .map(({ file, relativePath }) => fromFile(file, relativePath));
    },
    async printToPdf() {
      // window.print() blocks until the dialog closes and reports nothing; "Save as PDF" is a printer there.
      host.print();
      return { status: 'saved' };
    },
    async appInfo() {
      const chrome = /Chrome\/([\d.]+)/.exec(host.userAgent)?.[1];
      const versions: Record<string, string> = chrome ? { chrome } : {};
      return {
        appName: 'Gongzhi',
        appVersion: version,
        shell: 'web',
        versions,
        platform: host.platform,
        arch: 'unknown',
      };
    },
    // The browser build's content policy comes from its server (serve-web --hub-origin), not from the page.
    allowHubOrigin: async () => 'ready',
  };
}
