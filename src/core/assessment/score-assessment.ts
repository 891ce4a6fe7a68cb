import type { IndustryType } from '../clients/company';
import type { Answers } from './answers';
import type { Framework } from './framework-schema';
import type { AssessmentResult } from './result-types';
import { scoreLadder } from './score-ladder';
import { scorePoints } from './score-points';

/**
 * Scores answers against a framework: pure and deterministic, so the UI, the CLI and the tests all get
 * the same result. Unanswered questions count as not met; questions marked not applicable leave the
 * calculation. Answers are expected to have passed validateAnswers.
 */
export function scoreAssessment(framework: Framework, industry: IndustryType, answers: Answers): AssessmentResult {
  const s = framework.scoring;
  return s.model === 'levelLadder' ? scoreLadder(framework, s, industry, answers) : scorePoints(framework, s, industry, answers);
}
