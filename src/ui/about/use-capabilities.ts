import { useEffect, useState } from 'react';
import { detectCapabilities, type Capabilities } from '../../app/inspection';

export type CapabilitiesState = { status: 'probing' } | { status: 'ready'; capabilities: Capabilities };

export function useCapabilities(): CapabilitiesState {
  const [state, setState] = useState<CapabilitiesState>({ status: 'probing' });
  useEffect(() => {
    let live = true;
    void detectCapabilities().then((capabilities) => {
      if (live) setState({ status: 'ready', capabilities });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
