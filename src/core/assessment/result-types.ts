import type { IndustryType } from '../clients/company';

export type NodeKind = 'element' | 'domain' | 'subDomain';

/** Score of one element, domain or sub-domain; ratio in [0, 1] is what charts draw. */
export interface NodeScore {
  id: string;
  kind: NodeKind;
  parentId: string | null;
  /** False when the node does not apply to the industry type or every question in it is not applicable. */
  applicable: boolean;
  value: number;
  max: number;
  ratio: number;
  /** Level reached by this node on its own (level ladders and scenarios); 0 when below level 1. */
  level: number;
}

export interface LevelScore {
  level: number;
  /** Weighted degree to which this level's requirements are met, in [0, 1]. */
  score: number;
  met: boolean;
  /** Whether this level adds to the total (only while every lower level is met). */
  counted: boolean;
  /** False when no applicable requirement belongs to this level. */
  applicable: boolean;
}

export interface Gap {
  questionId: string;
  subDomainId: string;
  domainId: string;
  elementId: string;
  /** Level of the requirement (level ladders); absent for questions that span levels. */
  level?: number;
  /** How far the answer is from the best answer's score, as a degree met in [0, 1]. */
  ratio: number;
  /** How much the total score would rise if this question got its best answer. */
  impact: number;
  /** True when improving it is needed for the next level. */
  blocksNextLevel: boolean;
}

export type NextLevel =
  | {
      model: 'levelLadder';
      level: number;
      minTotalScore: number;
      /** The lowest level whose score is below the threshold; null when every level is met. */
      blockingLevel: number | null;
      blockingLevelScore: number | null;
      threshold: number;
    }
  | {
      model: 'points';
      level: number;
      minScore: number;
      scoreShort: number;
      scenarios: null | {
        atLeastLevel: number;
        minCount: number;
        have: number;
        minConstraint: number;
        constraintHave: number;
      };
    };

export interface ScenarioResult {
  questionId: string;
  subDomainId: string;
  level: number;
  constraint: boolean;
}

export interface AssessmentResult {
  frameworkId: string;
  frameworkVersion: string;
  industryType: IndustryType;
  model: 'levelLadder' | 'points';
  totalScore: number;
  maxScore: number;
  /** 0 when not even the first level is reached. */
  level: number;
  levelScores: LevelScore[];
  elements: NodeScore[];
  domains: NodeScore[];
  subDomains: NodeScore[];
  scenarios: ScenarioResult[];
  nextLevel: NextLevel | null;
  gaps: Gap[];
  completion: { total: number; answered: number; notApplicable: number; unanswered: number };
}
