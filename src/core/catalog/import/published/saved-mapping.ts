import { z } from 'zod';
import { listFields, type ColumnReading } from './list-fields';
import { labelKey } from './normalize-text';

/**
 * A mapping the user confirmed for one publisher's list, saved so the next list from the same publisher
 * (or `cli catalog validate --mapping`) reads the same way. Columns are found by header text, else by letter.
 */
export const savedMappingSchema = z.object({
  publisher: z.string().trim().max(200).optional(),
  headerRows: z.array(z.number().int().min(1).max(1000)).min(1).max(2).optional(),
  columns: z
    .array(
      z.object({
        header: z.string().max(500).optional(),
        column: z
          .string()
          .regex(/^[A-Z]{1,3}$/)
          .optional(),
        field: z.enum(listFields),
        part: z.enum(['min', 'max']).optional(),
        basis: z.enum(['oneOff', 'yearly']).optional(),
        priceUnit: z.enum(['wan', 'yuan', 'qian']).optional(),
        durationUnit: z.enum(['week', 'day', 'workday', 'month', 'year']).optional(),
      }),
    )
    .max(500),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;
export type SavedColumn = SavedMapping['columns'][number];

export function readingOf(saved: SavedColumn): ColumnReading {
  return { field: saved.field, part: saved.part, basis: saved.basis, priceUnit: saved.priceUnit, durationUnit: saved.durationUnit };
}

/**
 * The saved reading for a column: by its header text (the same letter first, when two columns share a
 * header), else by its letter for columns saved without a header.
 */
export function savedReading(mapping: SavedMapping, header: string, letter: string): ColumnReading | undefined {
  const key = labelKey(header);
  const sameHeader = key === '' ? [] : mapping.columns.filter((c) => c.header !== undefined && labelKey(c.header) === key);
  const found =
    sameHeader.find((c) => c.column === letter) ??
    sameHeader[0] ??
    mapping.columns.find((c) => c.column === letter && (c.header === undefined || labelKey(c.header) === ''));
  return found ? readingOf(found) : undefined;
}

/** Drops empty optional parts so the saved file stays readable. */
export function toSavedColumn(header: string, letter: string, reading: ColumnReading): SavedColumn {
  const column: SavedColumn = { header, column: letter, field: reading.field };
  if (reading.part) column.part = reading.part;
  if (reading.basis) column.basis = reading.basis;
  if (reading.priceUnit) column.priceUnit = reading.priceUnit;
  if (reading.durationUnit) column.durationUnit = reading.durationUnit;
  return column;
}
