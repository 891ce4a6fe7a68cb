// The park's actions: the pool of companies' assessments a park office imports and aggregates.
export { clearParkPool, importParkBundles, loadParkPool, type ParkImportProgress } from './park-pool';
