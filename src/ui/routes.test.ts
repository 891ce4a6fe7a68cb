import { describe, expect, it, vi } from 'vitest';
import { lazyScreen, routeFor, routes, startPath } from './routes';

describe('routes', () => {
  it('have one entry per screen with unique ids and paths, and a start screen', () => {
    expect(new Set(routes.map((route) => route.id)).size).toBe(routes.length);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
    expect(routeFor('/')?.path).toBe(startPath);
  });

  it('answer their own path and paths below it, and nothing else', () => {
    expect(routeFor('/settings')?.id).toBe('settings');
    expect(routeFor('/about/x')?.id).toBe('about');
    expect(routeFor('/nowhere')).toBeUndefined();
  });
});

describe('lazyScreen', () => {
  const Screen = () => null;

  it('loads the code once however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Screen));
    const lazy = lazyScreen(load);
    await Promise.all([lazy.preload?.(), lazy.preload?.()]);
    await lazy.preload?.();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load, so "try again" can recover', async () => {
    const load = vi.fn<() => Promise<typeof Screen>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(Screen);
    const lazy = lazyScreen(load);
    await expect(lazy.preload?.()).rejects.toThrow('chunk missing');
    await expect(lazy.preload?.()).resolves.toBe(Screen);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
