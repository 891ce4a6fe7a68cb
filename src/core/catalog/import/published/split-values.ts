import { foldText } from './normalize-text';

/** Multi-value cells as lists write them: 、 ， , ; ； / | and line breaks separate values. */
export function splitValues(text: string): string[] {
  return foldText(text)
    .split(/[、,;/|\n\r]+/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
