import wasmUrl from 'highs/runtime?url';
import { serveWorker } from '../../shared/worker-transport';
import { roadmapHandlers } from './roadmap-handlers';

serveWorker(roadmapHandlers(wasmUrl));
