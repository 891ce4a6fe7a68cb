import { serveWorker } from '../../shared/worker-transport';
import { catalogFileHandlers } from './catalog-file-handlers';

serveWorker(catalogFileHandlers);
