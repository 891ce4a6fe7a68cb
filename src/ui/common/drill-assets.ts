import drills from '../../../assets/drills/drills.json';
import { drillSetSchema, type DrillSet } from '../../core/training/drill';

const urls = import.meta.glob<string>('../../../assets/drills/*.jpg', { query: '?url', import: 'default', eager: true });

/** The bundled drill set (generated images; validated, so a broken bundled file fails loudly). */
export const drillSet: DrillSet = drillSetSchema.parse(drills);

export function drillImageUrl(file: string): string {
  const url = urls[`../../../assets/drills/${file}`];
  if (!url) throw new Error(`drill image ${file} is not bundled`);
  return url;
}

export async function drillImageBytes(file: string): Promise<ArrayBuffer> {
  const response = await fetch(drillImageUrl(file));
  if (!response.ok) throw new Error(`drill image ${file}: ${response.status}`);
  return response.arrayBuffer();
}
