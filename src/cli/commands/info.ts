import { productName, version } from '../../../package.json';
import { BACKUP_FORMAT_VERSION } from '../../core/backup';
import { migrations } from '../../db/migrations';
import type { CliCommand } from '../command';
import { bundledAssets, bundledModels, type BundledFile } from '../installation';
import { infoMessages as text } from '../messages';
import { parseOptions } from '../parse-options';

function describeFile(file: BundledFile): string {
  if (file.unreadable) return `  ${file.path}  ${text.unreadable}`;
  const parts = [
    file.id,
    file.version ? `v${file.version}` : undefined,
    ...Object.entries(file.counts).map(([key, count]) => `${key}: ${count}`),
  ];
  const details = parts.filter((part) => part !== undefined).join(', ');
  return details ? `  ${file.path}  (${details})` : `  ${file.path}`;
}

export const infoCommand: CliCommand = {
  name: 'info',
  summary: text.summary,
  usage: text.usage,
  async run(args, { io, root }) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const assets = await bundledAssets(root);
    const models = await bundledModels(root);
    const schemaVersion = migrations.at(-1)?.version ?? 0;
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            app: { name: productName, version },
            node: process.version,
            platform: `${process.platform} ${process.arch}`,
            backupFormatVersion: BACKUP_FORMAT_VERSION,
            databaseSchemaVersion: schemaVersion,
            assets: Object.fromEntries(assets),
            models,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [
      `${productName} ${version}`,
      `${text.node} ${process.version} (${process.platform} ${process.arch})`,
      `${text.backupFormat} ${BACKUP_FORMAT_VERSION}, ${text.databaseSchema} ${schemaVersion}`,
      '',
    ];
    if (assets.size === 0) lines.push(text.noAssets);
    for (const [group, files] of assets) lines.push(text.assetsTitle(group), ...files.map(describeFile));
    lines.push(text.modelsTitle);
    if (models.manifestUnreadable) lines.push(text.manifestUnreadable);
    for (const model of models.manifest) {
      lines.push(`  ${[model.name, model.version ? `v${model.version}` : undefined, model.file].filter(Boolean).join('  ')}`);
    }
    if (models.manifest.length === 0 && models.onnxFiles.length > 0)
      lines.push(text.onnxWithoutManifest, ...models.onnxFiles.map((file) => `    ${file}`));
    if (models.manifest.length === 0 && models.onnxFiles.length === 0 && !models.manifestUnreadable) lines.push(text.noModels);
    io.out(lines.join('\n'));
    return 0;
  },
};
