import { useCallback, useEffect, useRef, useState } from 'react';
import type { InspectionProject } from '../../core/inspection/records';
import type { BackendChoice } from '../../app/inspection';
import type { InspectionSession } from '../../app/inspection';
import type { CheckOutcome } from '../../core/inspection/inspection-engine';
import { checkAndStore } from '../../app/inspection';

export type CameraProblem = 'noCamera' | 'denied' | 'unplugged' | 'failed';

export interface CameraState {
  running: boolean;
  outcome: CheckOutcome | undefined;
  fps: number;
  problem: CameraProblem | undefined;
}

export function problemOf(error: unknown): CameraProblem {
  if (error instanceof DOMException) {
    if (error.name === 'NotFoundError' || error.name === 'OverconstrainedError') return 'noCamera';
    if (error.name === 'NotAllowedError' || error.name === 'SecurityError') return 'denied';
  }
  return 'failed';
}

/**
 * Live checking: grabs a frame, checks it in the worker, and only then grabs the next, so a slow
 * machine shows fewer frames per second instead of a growing backlog. Frames are not stored unless
 * the operator saves one.
 */
export function useCamera(
  client: InspectionSession | undefined,
  backend: BackendChoice['backend'] | undefined,
  project: InspectionProject | undefined,
) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const lastFrame = useRef<Uint8Array | undefined>(undefined);
  const [state, setState] = useState<CameraState>({ running: false, outcome: undefined, fps: 0, problem: undefined });

  const stop = useCallback((problem?: CameraProblem) => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setState((s) => ({ ...s, running: false, problem }));
  }, []);

  useEffect(() => () => stop(), [stop]);

  const loop = useCallback(async () => {
    const v = video.current;
    if (!v || !client || !backend || !project) return;
    const canvas = new OffscreenCanvas(1, 1);
    let frames = 0;
    let since = performance.now();
    while (stream.current) {
      if (v.videoWidth === 0) {
        await new Promise((r) => requestAnimationFrame(r));
        continue;
      }
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      canvas.getContext('2d')?.drawImage(v, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
      lastFrame.current = bytes;
      try {
        const { outcome } = await checkAndStore(client, backend, project, { name: 'camera.jpg', bytes }, 'camera', false);
        frames++;
        const now = performance.now();
        const fps = now - since > 1000 ? (frames * 1000) / (now - since) : undefined;
        if (fps !== undefined) {
          frames = 0;
          since = now;
        }
        setState((s) => ({ ...s, outcome, fps: fps ?? s.fps }));
      } catch {
        stop('failed');
      }
    }
  }, [client, backend, project, stop]);

  const start = useCallback(async () => {
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 } } });
      stream.current = media;
      // a USB camera pulled out ends its track
      media.getVideoTracks().forEach((track) => track.addEventListener('ended', () => stop('unplugged')));
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play();
      }
      setState({ running: true, outcome: undefined, fps: 0, problem: undefined });
      void loop();
    } catch (error) {
      stop(problemOf(error));
    }
  }, [loop, stop]);

  const saveFrame = useCallback(async () => {
    if (!client || !backend || !project || !lastFrame.current) return;
    await checkAndStore(client, backend, project, { name: `camera-${new Date().toISOString()}.jpg`, bytes: lastFrame.current }, 'camera');
  }, [client, backend, project]);

  return { video, state, start, stop: () => stop(), saveFrame };
}
