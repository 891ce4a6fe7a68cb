/**
 * Registers the DesktopApi in main. Every call is checked twice before a handler runs: the sender must
 * be the top frame of one of our own pages (item 17 of Electron's security checklist), and the
 * arguments must parse against the contract's schemas. Handlers therefore only ever see valid input.
 */
import { desktopApiArgSchemas } from '../../src/shared/desktop-api.ts';
import { DESKTOP_API_CHANNELS } from '../../src/shared/desktop-api-channels.ts';
import type { DesktopApi } from '../../src/shared/desktop-api.ts';
import { PlatformError } from '../../src/shared/platform-error.ts';

/** The part of Electron's IpcMainInvokeEvent the checks need; tests pass plain objects. */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

export type DesktopApiHandlers<E extends SenderEvent> = {
  [K in keyof DesktopApi]: (event: E, ...args: Parameters<DesktopApi[K]>) => ReturnType<DesktopApi[K]>;
};

export type IpcListener<E> = (event: E, ...rawArgs: unknown[]) => Promise<unknown>;

export interface IpcRegistrar<E> {
  handle(channel: string, listener: IpcListener<E>): void;
}

export function isTrustedSender(event: SenderEvent, isTrustedPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  // A null frame was destroyed or navigated away mid-call; a parent means an (unexpected) subframe.
  return frame !== null && frame.parent === null && isTrustedPage(frame.url);
}

function listenerFor<E extends SenderEvent, K extends keyof DesktopApi>(
  key: K,
  handlers: DesktopApiHandlers<E>,
  isTrustedPage: (url: string) => boolean,
): IpcListener<E> {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event, isTrustedPage)) throw new PlatformError('platform.notPermitted');
    const parsed = desktopApiArgSchemas[key].safeParse(rawArgs);
    if (!parsed.success) throw new PlatformError('platform.invalidRequest');
    const handler = handlers[key] as (event: E, ...args: unknown[]) => Promise<unknown>;
    return handler(event, ...parsed.data);
  };
}

/** One listener per contract method, keyed by channel; registration is a loop over this list. */
export function createIpcListeners<E extends SenderEvent>(
  handlers: DesktopApiHandlers<E>,
  isTrustedPage: (url: string) => boolean,
): Array<[channel: string, listener: IpcListener<E>]> {
  const keys = Object.keys(DESKTOP_API_CHANNELS) as Array<keyof DesktopApi>;
  return keys.map((key) => [DESKTOP_API_CHANNELS[key], listenerFor(key, handlers, isTrustedPage)]);
}

export function registerIpcHandlers<E extends SenderEvent>(
  ipc: IpcRegistrar<E>,
  handlers: DesktopApiHandlers<E>,
  isTrustedPage: (url: string) => boolean,
): void {
  for (const [channel, listener] of createIpcListeners(handlers, isTrustedPage)) ipc.handle(channel, listener);
}
