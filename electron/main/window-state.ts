/**
 * Remembers where the main window was. Saved bounds can point at a monitor that has since been
 * unplugged or at a resolution that shrank, so every restore is placed against the displays present
 * now; a corrupt or foreign file just means default placement.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;

/** How much of the title bar must be on a display for the user to be able to grab the window. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 32;

const finiteInt = z.number().int().min(-1_000_000).max(1_000_000);
const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: finiteInt, y: finiteInt, width: finiteInt.min(1), height: finiteInt.min(1) }),
  maximized: z.boolean(),
});

export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify({ version: 1, bounds: state.bounds, maximized: state.maximized });
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

function sizeFor(width: number, height: number, area: Rect): { width: number; height: number } {
  // A display smaller than the minimum still gets a window that fits on it.
  return {
    width: clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * @param workAreas Work areas of the connected displays (screen.getAllDisplays()[i].workArea).
 * @param primary Work area of the primary display, where lost windows go.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (!saved)
    return { bounds: centred(sizeFor(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary), primary), maximized: false };
  const titleBar: Rect = { ...saved.bounds, height: GRAB_HEIGHT };
  const home = workAreas.find((area) => {
    const visible = overlap(titleBar, area);
    return visible.width >= Math.min(GRAB_WIDTH, saved.bounds.width) && visible.height >= Math.min(GRAB_HEIGHT, saved.bounds.height);
  });
  if (!home) return { bounds: centred(sizeFor(saved.bounds.width, saved.bounds.height, primary), primary), maximized: saved.maximized };
  const size = sizeFor(saved.bounds.width, saved.bounds.height, home);
  return {
    bounds: {
      x: clamp(saved.bounds.x, home.x, home.x + home.width - size.width),
      y: clamp(saved.bounds.y, home.y, home.y + home.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}
