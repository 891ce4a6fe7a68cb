import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type CameraProblem } from './use-camera';

/**
 * A live camera preview whose current frame can be captured as a JPEG, for teaching: no checking runs,
 * so capturing is instant. A USB camera pulled out ends its track, which stops the preview and says so.
 */
export function useCameraCapture() {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<CameraProblem>();

  const stop = useCallback((why?: CameraProblem) => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setRunning(false);
    setProblem(why);
  }, []);

  useEffect(() => () => stop(), [stop]);

  const start = useCallback(async () => {
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 } } });
      stream.current = media;
      media.getVideoTracks().forEach((track) => track.addEventListener('ended', () => stop('unplugged')));
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play();
      }
      setProblem(undefined);
      setRunning(true);
    } catch (error) {
      stop(problemOf(error));
    }
  }, [stop]);

  /** The current frame at the camera's full resolution, or undefined before the first frame arrives. */
  const capture = useCallback(async (): Promise<Uint8Array | undefined> => {
    const v = video.current;
    if (!v || !stream.current || v.videoWidth === 0) return undefined;
    const canvas = new OffscreenCanvas(v.videoWidth, v.videoHeight);
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
  }, []);

  return { video, running, problem, start, stop: () => stop(), capture };
}
