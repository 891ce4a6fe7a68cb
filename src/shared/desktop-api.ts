/**
 * The one contract between the renderer and the Electron main process. The preload builds an object
 * that `satisfies DesktopApi`; main registers one handler per key from a map typed against it and
 * parses every argument with the schema below before acting, because a compromised renderer can send
 * anything through IPC.
 */
import { z } from 'zod';
import type { AppInfo, SaveFileResult } from './host-types';
import { HUB_ORIGIN_PATTERN } from './hub-origin';

/** Largest file saved or read in one call; keeps a runaway request from exhausting main's memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Folders larger than this are almost certainly the wrong folder (a whole drive). */
export const MAX_FOLDER_FILES = 20_000;

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:*?"<>|\0]/.test(name) && name !== '.' && name !== '..', 'must be a plain file name');

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(32),
});

// z.custom rather than z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>, which callers holding
// views over any buffer could not pass.
const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, 'file too large');

export const saveFileArgsSchema = z.object({
  suggestedName: fileNameSchema,
  // UTF-8 never needs more than 3 bytes per UTF-16 code unit.
  data: z.union([z.string().max(Math.floor(MAX_FILE_BYTES / 3)), bytesSchema]),
  filters: z.array(fileFilterSchema).max(16).optional(),
});

export const openFilesArgsSchema = z.object({
  multiple: z.boolean(),
  filters: z.array(fileFilterSchema).max(16).optional(),
});

export const readPickedFileArgsSchema = z.object({ id: z.uuid() });

export const printToPdfArgsSchema = z.object({ suggestedName: fileNameSchema });

/** The park hub the pages may fetch from (CSP connect-src and the request policy), or none. */
export const setHubOriginArgsSchema = z.object({ origin: z.string().max(300).regex(HUB_ORIGIN_PATTERN).nullable() });

export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>;
export type OpenFilesArgs = z.infer<typeof openFilesArgsSchema>;
export type ReadPickedFileArgs = z.infer<typeof readPickedFileArgsSchema>;
export type PrintToPdfArgs = z.infer<typeof printToPdfArgsSchema>;
export type SetHubOriginArgs = z.infer<typeof setHubOriginArgsSchema>;

/** A file the user picked. Main keeps its path; the renderer only gets an unguessable id to read it. */
export interface PickedFileInfo {
  id: string;
  name: string;
  /** "/"-separated path below the picked folder, or the name for single files. */
  relativePath: string;
  size: number;
}

export interface DesktopApi {
  /** Save dialog, then writes the bytes (atomically: a failed write leaves any old file intact). */
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  openFiles(args: OpenFilesArgs): Promise<PickedFileInfo[]>;
  /** Folder dialog, then every regular file below it (symlinks and dotfiles skipped). */
  openFolder(): Promise<PickedFileInfo[]>;
  /** Reads a file picked earlier in this session; anything else is refused. */
  readPickedFile(args: ReadPickedFileArgs): Promise<Uint8Array>;
  /** Save dialog, then the calling window's current view as PDF. */
  printToPdf(args: PrintToPdfArgs): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /**
   * Allows the pages to reach this park hub (or none) from now on; main keeps it between runs. `changed`: the
   * loaded page still has the old policy and must reload before it can reach the hub.
   */
  setHubOrigin(args: SetHubOriginArgs): Promise<{ changed: boolean }>;
}

/** Argument tuples per method, checked against DesktopApi so the schemas cannot drift from it. */
export const desktopApiArgSchemas = {
  saveFile: z.tuple([saveFileArgsSchema]),
  openFiles: z.tuple([openFilesArgsSchema]),
  openFolder: z.tuple([]),
  readPickedFile: z.tuple([readPickedFileArgsSchema]),
  printToPdf: z.tuple([printToPdfArgsSchema]),
  appInfo: z.tuple([]),
  setHubOrigin: z.tuple([setHubOriginArgsSchema]),
} satisfies { [K in keyof DesktopApi]: z.ZodType<Parameters<DesktopApi[K]>> };
