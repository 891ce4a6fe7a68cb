import type { CatalogEntry, Provenance } from '../catalog-schema';

/**
 * One problem in an imported file. `row` is the row number as the user sees it in the sheet (for JSON:
 * the entry number, or the line for a syntax error); `column` is the header as written in the file
 * (or the template header when a required column is missing, or a column letter). `code` is an i18n
 * key in the `catalog` namespace; the UI and the CLI translate it with `params`.
 */
export interface ImportError {
  row: number;
  column: string;
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

export type ImportErrorCode =
  | 'import.fileTooLarge'
  | 'import.emptyFile'
  | 'import.unreadable'
  | 'import.tooManyRows'
  | 'import.cellTooLarge'
  | 'import.sheetTooLarge'
  | 'import.noHeaderRow'
  | 'import.missingColumn'
  | 'import.duplicateColumn'
  | 'import.noEntries'
  | 'import.jsonSyntax'
  | 'import.jsonShape'
  | 'value.required'
  | 'value.wrongType'
  | 'value.tooSmall'
  | 'value.tooBig'
  | 'value.tooLong'
  | 'value.badFormat'
  | 'value.notAllowed'
  | 'value.notANumber'
  | 'value.notABoolean'
  | 'value.minAboveMax'
  | 'value.liftNotUpward'
  | 'value.badLift'
  | 'value.unknownDomain'
  | 'value.formulaWithoutValue'
  | 'value.cellError'
  | 'issue.duplicateId'
  | 'issue.unknownScenario'
  | 'issue.unknownCluster'
  | 'issue.unknownCapability'
  | 'issue.unknownEntry'
  | 'issue.selfPrerequisite'
  | 'issue.prerequisiteCycle';

export type ImportFormat = 'json' | 'csv' | 'xlsx';

export type ImportResult =
  | { ok: true; format: ImportFormat; entries: CatalogEntry[]; provenance?: Provenance; encoding?: string }
  | { ok: false; format: ImportFormat | 'unknown'; errors: ImportError[] };

/** A value read from a sheet cell, before it is interpreted for its column. */
export type SheetCell = string | number | boolean | null | { problem: 'formulaWithoutValue' | 'cellError'; text: string };

export interface SheetRow {
  /** 1-based, as the spreadsheet program shows it. */
  rowNumber: number;
  cells: SheetCell[];
}

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  maxErrors: number;
}

export const defaultImportLimits: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 20_000, maxErrors: 500 };
