import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { scenarioCoverage } from '../../core/catalog/catalog-coverage';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { formatMessage } from '../../core/catalog/import/format-message';
import type { ImportErrorCode } from '../../core/catalog/import/import-types';
import { describeEntry } from '../../core/catalog/import/published/describe-entry';
import { issueKey, type ListIssueCode } from '../../core/catalog/import/published/list-issues';
import { previewCatalogFile } from '../../core/catalog/import/published/preview-file';
import { savedMappingSchema, type SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import enCatalog from '../../i18n/locales/en/catalog.json';
import { UsageError, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';

const usage = [
  'Usage: gongzhi catalog validate <file> [--mapping <mapping.json>] [--publisher <name>] [--json]',
  '',
  "Reads a solution list (CSV in UTF-8 or GBK, XLSX, or JSON) exactly as the app's import does: a",
  "published list in whatever columns it has (headers are matched to fields, scenarios to the app's",
  "codes with a confidence), or the app's own template. Prints what would be stored, the rows that",
  'cannot import and why, and warnings, each with its sheet row and column. Exit code 0 when at least',
  'one row would import and nothing blocks the file, 1 otherwise.',
  '',
  '  --mapping    a saved column mapping (JSON) for lists whose headers nothing can guess',
  "  --publisher  the list's publisher, part of every generated id (default: the file name)",
  '  --json       print one JSON object: entries (the count), items, columns, warnings, errors',
].join('\n');

interface Problem {
  row: number;
  column: string;
  code: ImportErrorCode | ListIssueCode;
  params: Record<string, string | number>;
}

const message = (p: Problem) => formatMessage(enCatalog, issueKey(p.code), p.params);
const withMessage = (p: Problem) => ({ ...p, message: message(p) });

async function readMapping(path: string): Promise<SavedMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let parsed;
  try {
    parsed = savedMappingSchema.safeParse(JSON.parse(text));
  } catch {
    throw new UsageError(`${path} is not JSON.`);
  }
  if (!parsed.success)
    throw new UsageError(
      `${path} is not a column mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'Check a published solution list: what would be stored, and every problem by row and column',
  usage,
  async run(args, { io }) {
    const { values, positionals } = parseOptions(args, {
      json: { type: 'boolean' },
      mapping: { type: 'string' },
      publisher: { type: 'string' },
    });
    const [subcommand, file, ...extra] = positionals;
    if (subcommand !== 'validate')
      throw new UsageError(subcommand === undefined ? 'No subcommand given.' : `Unknown subcommand "${subcommand}".`);
    if (file === undefined) throw new UsageError('No file given.');
    if (extra.length > 0) throw new UsageError('Give one file.');
    const mapping = values.mapping === undefined ? undefined : await readMapping(values.mapping);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const publisher = values.publisher ?? mapping?.publisher ?? basename(file).replace(/\.[^.]+$/, '');
    const preview = await previewCatalogFile({ name: basename(file), bytes }, bundledTaxonomy, { publisher, mapping });
    const result = preview.result;
    const shape = preview.kind === 'template' ? 'template' : 'published-list';
    const entries: CatalogEntry[] = result.ok ? result.entries : [];
    const errors: Problem[] = 'errors' in result ? result.errors : [];
    const warnings: Problem[] = preview.kind === 'list' && preview.result.ok ? preview.result.warnings : [];
    const ok = entries.length > 0 && (preview.kind === 'list' || result.ok);
    const columns = preview.kind === 'list' ? preview.result.columns : undefined;
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            file,
            ok,
            format: result.format,
            encoding: 'encoding' in result ? result.encoding : undefined,
            shape,
            publisher,
            headerRows: preview.kind === 'list' ? preview.result.headerRows : undefined,
            columns: columns?.map((c) => ({
              column: c.letter,
              header: c.header,
              ...c.reading,
              score: Math.round(c.score * 100) / 100,
              source: c.source,
              samples: c.samples,
            })),
            entries: entries.length,
            items: entries.map(describeEntry),
            warnings: warnings.map(withMessage),
            errors: errors.map(withMessage),
          },
          null,
          2,
        ),
      );
      return ok ? 0 : 1;
    }
    if (!ok) {
      io.out(`${file}: ${errors.length} problem(s); nothing would be imported.`);
      for (const p of errors) io.out(`  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${message(p)}`);
      return 1;
    }
    const sme = scenarioCoverage(entries, bundledTaxonomy.smeScenarios).covered.length;
    const ims = scenarioCoverage(entries, bundledTaxonomy.imsScenarios).covered.length;
    io.out(
      `${file}: OK (${result.format}${'encoding' in result && result.encoding ? `, ${result.encoding}` : ''}, ${shape}), ${entries.length} entries.`,
    );
    io.out(
      `  Scenarios served: ${sme}/${bundledTaxonomy.smeScenarios.scenarios.length} SME, ${ims}/${bundledTaxonomy.imsScenarios.scenarios.length} smart-manufacturing.`,
    );
    if (errors.length > 0) io.out(`  ${errors.length} row problem(s); those rows would not be imported:`);
    for (const p of errors) io.out(`    row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${message(p)}`);
    if (warnings.length > 0) io.out(`  ${warnings.length} warning(s):`);
    for (const p of warnings) io.out(`    row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${message(p)}`);
    return 0;
  },
};
