/** URLs of the bundled sample illustrations (hand-written SVG), keyed by file name. */
const urls = import.meta.glob<string>('../../../assets/samples/*.svg', { query: '?url', import: 'default', eager: true });

export function sampleArtUrl(fileName: string): string | undefined {
  return urls[`../../../assets/samples/${fileName}`];
}
