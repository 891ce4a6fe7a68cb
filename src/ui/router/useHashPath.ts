import { useSyncExternalStore } from 'react';
import { pathFromHash } from './hash-location';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return pathFromHash(window.location.hash);
}

/** The current hash path, e.g. "/settings"; re-renders when it changes. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}
