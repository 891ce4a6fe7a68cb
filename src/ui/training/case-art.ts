/** URLs of the training cases' generated pictures, keyed by file name. */
const urls = import.meta.glob<string>('../../../assets/training/*.svg', { query: '?url', import: 'default', eager: true });

export function caseArtUrl(fileName: string): string | undefined {
  return urls[`../../../assets/training/${fileName}`];
}
