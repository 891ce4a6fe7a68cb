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

/** The i18n key of an issue code; the template importer's codes (with a dot) are keys already. */
export const issueKey = (code: string): string => (code.includes('.') ? code : `list.issue.${code}`);
