import { catalogEntrySchema, type CatalogEntry, type LevelLift } from '../../catalog-schema';
import type { CatalogTaxonomy } from '../../taxonomy';
import { companySizes } from '../../vocabulary';
import type { SheetCell } from '../import-types';
import type { ListIssue, ListIssueCode } from './list-issues';
import type { ColumnReading } from './list-fields';
import { industryClusters, meansEveryIndustry } from './match-industry';
import { confirmBelow, matchScenarioName, matchScenarioText, withCounterparts, type ScenarioMatch } from './match-scenario';
import type { Range } from './number-tokens';
import { parseDuration } from './parse-duration';
import { parsePrice, type PriceBasis } from './parse-price';
import { parseYesNo } from './parse-yes-no';
import { readDeployment, readProviderType } from './read-cells';
import { scenarioDomains } from './scenario-links';
import { cellShown } from './sheet-text';
import { splitValues } from './split-values';
import { stableEntryId } from './stable-id';

export interface MappedColumn {
  index: number;
  /** Header text (or column letter) used in issues. */
  label: string;
  reading: ColumnReading;
}

/** What the rows above have set: the text of the last category row ("一、汽车及零部件"). */
export interface RowContext {
  publisher: string;
  category: { text: string; scenario?: ScenarioMatch } | undefined;
  taxonomy: CatalogTaxonomy;
}

export interface ListItem {
  row: number;
  entry: CatalogEntry;
  scenarios: ScenarioMatch[];
  /** A scenario matched with low confidence: the preview asks the user to confirm it. */
  needsConfirmation: boolean;
  category?: string;
}

export type RowOutcome = { ok: true; item: ListItem; warnings: ListIssue[] } | { ok: false; errors: ListIssue[]; warnings: ListIssue[] };

/** Weeks assumed for planning when a list gives no period (the entry says "not given"). */
export const assumedWeeks: Range = { min: 4, max: 12 };
/** Inferred lifts: a lightweight solution takes a domain from 规划级 towards 集成级. */
const inferredLift = { from: 1, to: 3 };
const maxTextLength = 2000;

export function readListRow(
  rowNumber: number,
  cells: readonly SheetCell[],
  columns: readonly MappedColumn[],
  context: RowContext,
): RowOutcome {
  const errors: ListIssue[] = [];
  const warnings: ListIssue[] = [];
  const issue = (list: ListIssue[], column: MappedColumn | undefined, code: ListIssueCode, params: Record<string, string | number> = {}) =>
    list.push({ row: rowNumber, column: column?.label ?? '', code, params });
  const texts = (field: ColumnReading['field']) =>
    columns
      .filter((c) => c.reading.field === field)
      .flatMap((column) => {
        const cell = cells[column.index] ?? null;
        if (cell !== null && typeof cell === 'object') {
          const critical = field === 'name';
          issue(
            critical ? errors : warnings,
            column,
            cell.problem === 'formulaWithoutValue'
              ? critical
                ? 'formulaWithoutValue'
                : 'formulaIgnored'
              : critical
                ? 'cellError'
                : 'cellErrorIgnored',
            { value: cell.text.slice(0, 80) },
          );
          return [];
        }
        const text = cellShown(cell);
        return text === '' ? [] : [{ column, text }];
      });
  const joined = (field: ColumnReading['field']) =>
    texts(field)
      .map((t) => t.text)
      .join('\n');

  const nameColumn = columns.find((c) => c.reading.field === 'name');
  const name = joined('name');
  if (name === '') {
    if (errors.length === 0) issue(errors, nameColumn, 'noName');
    return { ok: false, errors, warnings };
  }
  const description = joined('description');
  const provider = joined('provider');
  for (const [text, column] of [
    [name, nameColumn],
    [description, columns.find((c) => c.reading.field === 'description')],
  ] as const) {
    if (text.length > maxTextLength) issue(errors, column, 'tooLong', { maximum: maxTextLength, length: text.length });
  }

  const scenarios = readScenarios(texts('scenario'), `${name}\n${description}`, context, warnings, issue);
  if (scenarios.length === 0) issue(errors, columns.find((c) => c.reading.field === 'scenario') ?? nameColumn, 'noScenario');

  const industries = texts('industry').flatMap((t) => splitValues(t.text));
  if (industries.length === 0 && context.category && !context.category.scenario) industries.push(context.category.text);
  const everyIndustry = industries.length === 0 || industries.some(meansEveryIndustry);
  const clusters = everyIndustry ? [] : [...new Set(industries.flatMap((text) => industryClusters(text, context.taxonomy)))];

  const price = readPrice(columns, cells, warnings, issue);
  const weeks = readWeeks(columns, cells, warnings, issue);
  const voucher = readVoucher(texts('voucher'), warnings, issue);

  const deploymentText = texts('deployment')[0];
  const deployment = deploymentText ? readDeployment(deploymentText.text) : undefined;
  if (deploymentText && !deployment)
    issue(warnings, deploymentText.column, 'deploymentUnknown', { value: deploymentText.text.slice(0, 80) });
  const providerTypeText = texts('providerType')[0];
  const providerType = providerTypeText ? readProviderType(providerTypeText.text) : undefined;
  if (providerTypeText && !providerType)
    issue(warnings, providerTypeText.column, 'providerTypeUnknown', { value: providerTypeText.text.slice(0, 80) });

  if (errors.length > 0) return { ok: false, errors, warnings };
  const lifts: LevelLift[] = [...new Set(scenarios.flatMap((s) => scenarioDomains(s.code)))]
    .slice(0, 2)
    .map((domain) => ({ domain, ...inferredLift }));
  const notes = joined('notes');
  const contact = joined('contact');
  const candidate = {
    id: stableEntryId(context.publisher, name, provider || undefined),
    name: { 'zh-CN': name },
    summary: { 'zh-CN': description || name },
    scenarios: scenarios.map((s) => s.code),
    lifts,
    clusters,
    subSectors: [],
    sizes: [...companySizes],
    deployment: deployment ?? 'unspecified',
    price: {
      oneOffWan: price.oneOff ?? { min: 0, max: 0 },
      yearlyWan: price.yearly ?? { min: 0, max: 0 },
      ...(price.onRequest ? { onRequest: true } : {}),
      ...(price.atLeast ? { atLeast: true } : {}),
    },
    implementationWeeks: weeks ?? assumedWeeks,
    ...(weeks ? {} : { weeksGiven: false }),
    prerequisites: [],
    provides: [],
    kpiEffects: {},
    eligibility: { aiVoucher: voucher, citySubsidy: false, lightweightList: true },
    providerType: providerType ?? 'unspecified',
    liftsInferred: true,
    scenarioConfidence: Object.fromEntries(scenarios.map((s) => [s.code, s.confidence])),
    ...(industries.length > 0 ? { industries: [...new Set(industries)].slice(0, 50) } : {}),
    ...(provider ? { provider: provider.slice(0, 200) } : {}),
    ...(notes ? { notes: notes.slice(0, 4000) } : {}),
    ...(contact ? { contact: contact.slice(0, 500) } : {}),
    sourceRow: rowNumber,
  };
  const parsed = catalogEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    issue(errors, nameColumn, 'tooLong', { maximum: maxTextLength, length: name.length });
    return { ok: false, errors, warnings };
  }
  const needsConfirmation = scenarios.some((s) => s.confidence < confirmBelow);
  return {
    ok: true,
    item: {
      row: rowNumber,
      entry: parsed.data,
      scenarios,
      needsConfirmation,
      ...(context.category ? { category: context.category.text } : {}),
    },
    warnings,
  };
}

type Issue = (list: ListIssue[], column: MappedColumn | undefined, code: ListIssueCode, params?: Record<string, string | number>) => void;

function readScenarios(
  cells: { column: MappedColumn; text: string }[],
  freeText: string,
  context: RowContext,
  warnings: ListIssue[],
  issue: Issue,
): ScenarioMatch[] {
  const found: ScenarioMatch[] = [];
  const add = (match: ScenarioMatch) => {
    const held = found.find((m) => m.code === match.code);
    if (!held) found.push(match);
    else if (match.confidence > held.confidence) Object.assign(held, match);
  };
  for (const { column, text } of cells) {
    for (const token of splitValues(text)) {
      const match = matchScenarioName(token, context.taxonomy);
      if (match) add(match);
      else issue(warnings, column, 'scenarioUnknown', { value: token.slice(0, 80) });
    }
  }
  if (found.length === 0 && context.category?.scenario) add({ ...context.category.scenario, via: 'category' });
  if (found.length === 0) for (const match of matchScenarioText(freeText)) add(match);
  const all = withCounterparts(found);
  const unsure = all.filter((m) => m.confidence < confirmBelow && m.via !== 'counterpart');
  if (unsure.length > 0) issue(warnings, cells[0]?.column, 'scenarioConfirm', { codes: unsure.map((m) => m.code).join(', ') });
  return all;
}

interface PriceRead {
  oneOff?: Range;
  yearly?: Range;
  onRequest: boolean;
  atLeast: boolean;
}

function mergeEnd(held: Range | undefined, value: Range, part: 'min' | 'max' | undefined): Range {
  if (part === 'min') return { min: value.min, max: Math.max(value.min, held?.max ?? value.min) };
  if (part === 'max') return { min: Math.min(held?.min ?? value.max, value.max), max: value.max };
  return value;
}

/** A formula without a cached value or an error cell in a price or weeks column: the value is not known. */
function warnProblemCell(cell: SheetCell | undefined, column: MappedColumn, warnings: ListIssue[], issue: Issue): void {
  if (cell !== null && cell !== undefined && typeof cell === 'object') {
    issue(warnings, column, cell.problem === 'formulaWithoutValue' ? 'formulaIgnored' : 'cellErrorIgnored', {
      value: cell.text.slice(0, 80),
    });
  }
}

function readPrice(columns: readonly MappedColumn[], cells: readonly SheetCell[], warnings: ListIssue[], issue: Issue): PriceRead {
  const out: PriceRead = { onRequest: false, atLeast: false };
  for (const column of columns.filter((c) => c.reading.field === 'price')) {
    warnProblemCell(cells[column.index], column, warnings, issue);
    const text = cellShown(cells[column.index]);
    const parsed = parsePrice(text, { unit: column.reading.priceUnit, basis: column.reading.basis });
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'onRequest') {
      out.onRequest = true;
      if (parsed.perUnit) issue(warnings, column, 'pricePerUnit', { value: text.slice(0, 80) });
      continue;
    }
    if (parsed.kind === 'invalid') {
      const code =
        parsed.reason === 'ambiguous'
          ? 'priceAmbiguous'
          : parsed.reason === 'minAboveMax'
            ? 'priceMinAboveMax'
            : parsed.reason === 'sameBasisTwice'
              ? 'priceTwice'
              : 'priceUnreadable';
      issue(warnings, column, code, { value: text.slice(0, 80) });
      continue;
    }
    const { amount } = parsed;
    if (amount.unitAssumed) issue(warnings, column, 'priceUnitAssumed', { value: text.slice(0, 80) });
    for (const basis of ['oneOff', 'yearly'] as PriceBasis[]) {
      const range = amount[basis];
      if (range) out[basis] = mergeEnd(out[basis], range, column.reading.part);
    }
    out.atLeast ||= amount.atLeast;
  }
  // A figure beside 待定 in another column still counts; only a price with no figure at all is on request.
  if (out.oneOff || out.yearly) return { ...out, onRequest: false };
  return { onRequest: true, atLeast: false };
}

function readWeeks(columns: readonly MappedColumn[], cells: readonly SheetCell[], warnings: ListIssue[], issue: Issue): Range | undefined {
  let weeks: Range | undefined;
  for (const column of columns.filter((c) => c.reading.field === 'weeks')) {
    warnProblemCell(cells[column.index], column, warnings, issue);
    const text = cellShown(cells[column.index]);
    const parsed = parseDuration(text, column.reading.durationUnit);
    if (parsed.kind === 'blank' || parsed.kind === 'unknown') continue;
    if (parsed.kind === 'invalid') {
      issue(
        warnings,
        column,
        parsed.reason === 'ambiguous' ? 'weeksAmbiguous' : parsed.reason === 'minAboveMax' ? 'weeksMinAboveMax' : 'weeksUnreadable',
        { value: text.slice(0, 80) },
      );
      continue;
    }
    if (parsed.unitAssumed) issue(warnings, column, 'weeksUnitAssumed', { value: text.slice(0, 80) });
    weeks = mergeEnd(weeks, parsed.weeks, column.reading.part);
  }
  return weeks;
}

function readVoucher(cells: { column: MappedColumn; text: string }[], warnings: ListIssue[], issue: Issue): boolean {
  const first = cells[0];
  if (!first) return false;
  const parsed = parseYesNo(first.text);
  if (parsed.kind === 'invalid') issue(warnings, first.column, 'yesNoUnreadable', { value: parsed.text });
  return parsed.kind === 'yes';
}
