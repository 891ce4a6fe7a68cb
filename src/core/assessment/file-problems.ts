import type { AnswerProblemCode } from './answers';

/** Why an answers file or a bundle was refused: a code the UI translates plus the facts it names. */
export type FileProblemCode =
  | 'file.notJson'
  | 'file.tooLarge'
  | 'file.tooDeep'
  | 'file.wrongFormat'
  /** A file the app writes, of a kind this import does not take (params: seen kind, expected place). */
  | 'file.wrongKind'
  | 'file.newerFormat'
  | 'file.invalid'
  | 'file.unknownFramework'
  | AnswerProblemCode;

export interface FileProblem {
  code: FileProblemCode;
  /** Where in the file, e.g. "answers.equipment-l2.value" (empty when it concerns the whole file). */
  path: string;
  params: Record<string, string | number>;
  /** The same in English, for the CLI and logs. */
  message: string;
}

export function describeFileProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}
