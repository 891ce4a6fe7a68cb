import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { scenarioCoverage } from '../../core/catalog/catalog-coverage';
import { formatMessage } from '../../core/catalog/import/format-message';
import { importCatalogFile } from '../../core/catalog/import/import-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import enCatalog from '../../i18n/locales/en/catalog.json';
import { UsageError, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';

const usage = [
  'Usage: gongzhi catalog validate <file> [--json]',
  '',
  'Checks a published solution list (JSON, CSV or XLSX; Chinese or English headers; UTF-8 or GBK) exactly',
  'as the app\'s import does, and prints every problem with its sheet row and column. Exit code 0 when the',
  'whole file would import, 1 when it would not (the app then imports nothing).',
  '',
  '  --json  print one JSON object (errors carry their i18n code and parameters)',
].join('\n');

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'Validate a published solution list file before importing it',
  usage,
  async run(args, { io }) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
    const [subcommand, file, ...extra] = positionals;
    if (subcommand !== 'validate') throw new UsageError(subcommand === undefined ? 'No subcommand given.' : `Unknown subcommand "${subcommand}".`);
    if (file === undefined) throw new UsageError('No file given.');
    if (extra.length > 0) throw new UsageError('Give one file.');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const result = await importCatalogFile({ name: basename(file), bytes }, bundledTaxonomy);
    if (values.json) {
      io.out(JSON.stringify(result.ok ? { file, ok: true, format: result.format, entries: result.entries.length } : { file, ok: false, format: result.format, errors: result.errors }, null, 2));
      return result.ok ? 0 : 1;
    }
    if (!result.ok) {
      io.out(`${file}: ${result.errors.length} problem(s); nothing would be imported.`);
      for (const error of result.errors) {
        io.out(`  row ${error.row}, column ${error.column}: ${formatMessage(enCatalog, error.code, error.params)}`);
      }
      return 1;
    }
    const sme = scenarioCoverage(result.entries, bundledTaxonomy.smeScenarios).covered.length;
    const ims = scenarioCoverage(result.entries, bundledTaxonomy.imsScenarios).covered.length;
    io.out(`${file}: OK (${result.format}${result.encoding ? `, ${result.encoding}` : ''}), ${result.entries.length} entries.`);
    io.out(`  Scenarios served: ${sme}/${bundledTaxonomy.smeScenarios.scenarios.length} SME, ${ims}/${bundledTaxonomy.imsScenarios.scenarios.length} smart-manufacturing.`);
    return 0;
  },
};
