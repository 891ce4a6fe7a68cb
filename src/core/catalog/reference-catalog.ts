import { z } from 'zod';
import { catalogEntrySchema, provenanceSchema, type Catalog } from './catalog-schema';
import indexJson from '../../../assets/catalog/reference/index.json';
import infrastructure from '../../../assets/catalog/reference/infrastructure.json';
import design from '../../../assets/catalog/reference/design.json';
import production from '../../../assets/catalog/reference/production.json';
import quality from '../../../assets/catalog/reference/quality.json';
import equipment from '../../../assets/catalog/reference/equipment.json';
import safetyEnergy from '../../../assets/catalog/reference/safety-energy.json';
import supplyChain from '../../../assets/catalog/reference/supply-chain.json';
import business from '../../../assets/catalog/reference/business.json';

const areaFileSchema = z.object({ area: z.string().min(1), entries: z.array(catalogEntrySchema) });
const indexSchema = z.object({ provenance: provenanceSchema, files: z.array(z.string()) });

/** Bundled area files, keyed by the file names that index.json lists. */
const areaFiles: Record<string, unknown> = {
  'infrastructure.json': infrastructure,
  'design.json': design,
  'production.json': production,
  'quality.json': quality,
  'equipment.json': equipment,
  'safety-energy.json': safetyEnergy,
  'supply-chain.json': supplyChain,
  'business.json': business,
};

/**
 * Gongzhi's own reference list, shipped so the app is useful before a park publishes its list.
 * Its provenance says so; the UI shows that note wherever this list is in use.
 */
export function loadReferenceCatalog(): Catalog {
  const index = indexSchema.parse(indexJson);
  const entries = index.files.flatMap((file) => {
    const data = areaFiles[file];
    if (data === undefined) throw new Error(`reference catalog file not bundled: ${file}`);
    return areaFileSchema.parse(data).entries;
  });
  return { provenance: index.provenance, entries };
}
