/// <reference lib="webworker" />
import type { JpegEncoder } from '../../core/inspection/thumbnail';
import { readStoredImage } from '../../db/stored-image';
import type { ModelHandlers } from '../../inference/model-protocol';
import { decodeImageNative } from './native-decode';
import { RemoteFeatureExtractor } from '../../inference/remote-feature-extractor';
import { createWorkerClient, serveWorker } from '../../shared/worker-transport';
import { inspectionHandlers } from './inspection-handlers';

/** The browser's native JPEG encoder (jpeg-js needs Node's Buffer). */
const canvasJpeg: JpegEncoder = async (image, quality) => {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context for thumbnails');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: quality / 100 })).arrayBuffer());
};

serveWorker(
  inspectionHandlers({
    /**
     * The model session runs in a worker of its own (model.worker.ts): while it runs one image, this thread
     * decodes, preprocesses and scores the images before and after it.
     */
    async startModel(request) {
      const model = createWorkerClient<ModelHandlers>(
        () => new Worker(new URL('../../inference/model.worker.ts', import.meta.url), { type: 'module', name: 'gz-model' }),
        { name: 'model' },
      );
      const extractor = new RemoteFeatureExtractor(model);
      const start = await extractor.init(request);
      return { extractor, start };
    },
    encodeJpeg: canvasJpeg,
    decode: decodeImageNative,
    readStoredImage,
  }),
);
