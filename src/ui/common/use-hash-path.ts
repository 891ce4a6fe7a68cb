import { createContext, useContext } from 'react';

/** The path of the screen on show; App provides it. */
export const ScreenPathContext = createContext<string>('/');

/**
 * The current path for a screen, e.g. "/assess/42". It is the path the screen is shown for, so while the next
 * screen loads after a click the current one does not see (and react to) the new address.
 */
export function useHashPath(): string {
  return useContext(ScreenPathContext);
}
