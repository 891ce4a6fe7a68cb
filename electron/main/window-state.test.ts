import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, parseWindowState, placeWindow, serializeWindowState } from './window-state.ts';
import type { Rect, WindowState } from './window-state.ts';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('window state file', () => {
  it('round-trips what was saved', () => {
    const saved = state(100, 50, 1400, 900, true);
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
  });

  it.each([
    null,
    '',
    '{',
    'null',
    '[]',
    '{"version":1}',
    '{"version":2,"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"x":1e308,"y":0,"width":800,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"x":0.5,"y":0,"width":800,"height":600},"maximized":"yes"}',
  ])('treats %j as no saved state', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placing the window', () => {
  it('centres a first window on the primary display', () => {
    const placed = placeWindow(null, [primary], primary);
    expect(placed.bounds).toEqual({ x: 320, y: 110, ...DEFAULT_WINDOW_SIZE });
    expect(placed.maximized).toBe(false);
  });

  it('restores a window where it was, including on a second display, and keeps it maximised', () => {
    expect(placeWindow(state(2000, 100, 1200, 800, true), [primary, right], primary)).toEqual(state(2000, 100, 1200, 800, true));
  });

  it('brings a window back from an unplugged display', () => {
    const placed = placeWindow(state(2000, 100), [primary], primary);
    expect(placed.bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('pulls a half-off-screen window fully onto its display', () => {
    const placed = placeWindow(state(1500, 600), [primary], primary);
    expect(placed.bounds).toEqual({ x: 720, y: 240, width: 1200, height: 800 });
  });

  it('recovers a window whose title bar is above the screen', () => {
    const placed = placeWindow(state(100, -790), [primary], primary);
    expect(placed.bounds.y).toBeGreaterThanOrEqual(0);
  });

  it('shrinks a window larger than the display it is on and never below the minimum that fits', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(placeWindow(state(0, 0, 3000, 2000), [small], small).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(placeWindow(state(0, 0, 200, 100), [small], small).bounds).toEqual({ x: 0, y: 0, width: 960, height: 640 });
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 600 };
    expect(placeWindow(null, [tiny], tiny).bounds).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const left: Rect = { x: -1600, y: -200, width: 1600, height: 900 };
    expect(placeWindow(state(-1500, -150, 1000, 700), [primary, left], primary).bounds).toEqual({
      x: -1500,
      y: -150,
      width: 1000,
      height: 700,
    });
  });
});
