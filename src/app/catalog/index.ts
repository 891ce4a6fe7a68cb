// The catalog's actions: import a published list, keep and roll back versions, plan the roadmap.
export {
  draftProvenance,
  importCatalogVersion,
  importExtensions,
  previewCatalogImport,
  saveCatalogTemplate,
  validateCatalogFile,
  type CatalogImportPreview,
} from './catalog-import';
export { mappingPublishers, mappingWith, pickListFile, previewListFile } from './list-import';
export { activateCatalogVersion, loadActiveCatalog, type ActiveCatalog } from './catalog-versions';
export { loadRoadmapPreferences, planExactRoadmap, saveRoadmapPreferences, warmRoadmapPlanner, workbookBytes } from './roadmap-planning';
