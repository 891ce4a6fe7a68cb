/**
 * Every CLI command, in the order `gongzhi --help` lists them. To add one: write
 * `src/cli/commands/<name>.ts` exporting a `CliCommand` and add it to this list (one line).
 */
import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { catalogCommand } from './catalog';
import { evalVisionCommand } from './eval-vision';
import { infoCommand } from './info';
import { scoreCommand } from './score';

export const commands: readonly CliCommand[] = [infoCommand, backupCommand, scoreCommand, catalogCommand, evalVisionCommand];
