import type { ImportErrorCode } from '../import-types';

/**
 * Problems with a published list. `row` and `column` are as the user sees them in the sheet (column as
 * its header text, or its letter); `code` is an i18n key under `list.issue` in the `catalog` namespace.
 */
export type ListBlockingCode =
  | 'fileTooLarge'
  | 'emptyFile'
  | 'unreadable'
  | 'emptySheet'
  | 'noHeader'
  | 'noRows'
  | 'tooManyRows'
  | 'tooManyColumns'
  | 'cellTooLarge'
  | 'sheetTooLarge'
  | 'noEntries'
  | 'mappingNoName'
  | 'mappingInvalid';

export type ListRowCode = 'noName' | 'noScenario' | 'duplicate' | 'formulaWithoutValue' | 'cellError' | 'tooLong';

export type ListWarningCode =
  | 'priceUnreadable'
  | 'priceAmbiguous'
  | 'priceMinAboveMax'
  | 'pricePerUnit'
  | 'priceUnitAssumed'
  | 'priceTwice'
  | 'weeksUnreadable'
  | 'weeksAmbiguous'
  | 'weeksMinAboveMax'
  | 'weeksUnitAssumed'
  | 'yesNoUnreadable'
  | 'deploymentUnknown'
  | 'providerTypeUnknown'
  | 'scenarioUnknown'
  | 'scenarioConfirm'
  | 'formulaIgnored'
  | 'cellErrorIgnored';

export type ListIssueCode = ListBlockingCode | ListRowCode | ListWarningCode;

export interface ListIssue {
  row: number;
  column: string;
  code: ListIssueCode;
  params: Record<string, string | number>;
}

/** An i18n key in the `catalog` namespace for a problem of either importer (typed, so the UI's t() checks it). */
export type IssueKey = ImportErrorCode | `list.issue.${ListIssueCode}`;

/** The template importer's codes (with a dot) are keys already. */
const isImportErrorCode = (code: ImportErrorCode | ListIssueCode): code is ImportErrorCode => code.includes('.');

/** The i18n key of an issue code of either importer. */
export function issueKey(code: ImportErrorCode | ListIssueCode): IssueKey {
  return isImportErrorCode(code) ? code : `list.issue.${code}`;
}
