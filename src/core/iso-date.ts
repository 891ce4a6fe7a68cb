import { z } from 'zod';

/** Dates before the Unix epoch or after 2200 are no time the app ever wrote: a damaged or forged file. */
export const EARLIEST_DATE_MS = 0;
export const LATEST_DATE_MS = Date.UTC(2200, 0, 1);

/**
 * A date as the app writes it (toISOString), or a bare calendar date, within range. Every file the app
 * imports holds dates of this kind, so whatever it stores can also be restored from a backup.
 */
export const isoDateTimeSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/)
  .refine((text) => {
    const time = Date.parse(text);
    return time >= EARLIEST_DATE_MS && time < LATEST_DATE_MS;
  }, 'date out of range');
