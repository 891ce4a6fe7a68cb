import type { Answers } from '../../assessment/answers';
import type { Framework, FrameworkSubDomain, LevelGuidance, LocalizedText, Question } from '../../assessment/framework-schema';
import { chosenLevel } from '../../assessment/question-score';
import type { AssessmentResult, Gap } from '../../assessment/result-types';
import type { CatalogEntry } from '../catalog-schema';
import { catalogDomain, smeScenarioCode } from './from-assessment';

/** A catalog entry that addresses a gap, and whether the roadmap for the same company plans it. */
export interface GapEntry {
  entry: CatalogEntry;
  inRoadmap: boolean;
}

/**
 * One gap turned into something to do: which level comes next, what that level asks for (the framework's
 * own requirement or descriptor), the framework's guidance for it, and the catalog entries that help.
 */
export interface GapAction {
  /** Sub-domain id for level requirements and scenarios; question id where one question is the whole gap. */
  key: string;
  subDomainId: string;
  domainId: string;
  /** The level the node stands at and the one to reach; undefined for points questions that span no level. */
  currentLevel?: number;
  nextLevel?: number;
  /** What the next level asks for: a requirement, a scenario descriptor, an answer option or the question itself. */
  requirement: LocalizedText;
  guidance?: LevelGuidance;
  /** True when it must improve for the assessment's next level. */
  blocksNextLevel: boolean;
  /** A constraint scenario of the SME framework (counted separately in its level rule). */
  constraint: boolean;
  entries: GapEntry[];
}

export interface GapActionOptions {
  /** Entries the roadmap plans, to mark and to list first. */
  plannedEntryIds?: ReadonlySet<string>;
  /** Most catalog entries listed per gap. */
  entriesPerGap?: number;
}

function subDomainsOf(framework: Framework): Map<string, FrameworkSubDomain> {
  return new Map(framework.elements.flatMap((e) => e.domains.flatMap((d) => d.subDomains)).map((sd) => [sd.id, sd]));
}

/** Requirements of a level ladder group by sub-domain (the next level is the lowest one not met); other questions stand alone. */
function groupKey(question: Question): string {
  return question.type === 'satisfaction' ? question.subDomainId : question.id;
}

const priceFloor = (entry: CatalogEntry) => entry.price.oneOffWan.min + entry.price.yearlyWan.min;

function entriesFor(
  gap: Gap,
  framework: Framework,
  currentLevel: number | undefined,
  entries: readonly CatalogEntry[],
  options: GapActionOptions,
): GapEntry[] {
  const scenario = smeScenarioCode(gap.subDomainId);
  const domain = catalogDomain(gap.domainId);
  const level = currentLevel ?? 0;
  const matches = entries.filter((entry) => {
    if (scenario) return entry.scenarios.includes(scenario);
    // Only a maturity framework's domains are the catalog's domains (the SME framework's scored part has none).
    if (!domain || framework.scoring.model !== 'levelLadder') return false;
    return entry.lifts.some((lift) => lift.domain === domain && lift.from <= level && lift.to > level);
  });
  const planned = options.plannedEntryIds ?? new Set<string>();
  // An entry made for this gap (its first lift or scenario) before one that helps it on the side.
  const mainFor = (entry: CatalogEntry) => Number(scenario ? entry.scenarios[0] === scenario : entry.lifts[0]?.domain === domain);
  return matches
    .map((entry) => ({ entry, inRoadmap: planned.has(entry.id) }))
    .sort(
      (a, b) =>
        Number(b.inRoadmap) - Number(a.inRoadmap) ||
        mainFor(b.entry) - mainFor(a.entry) ||
        priceFloor(a.entry) - priceFloor(b.entry) ||
        a.entry.id.localeCompare(b.entry.id),
    )
    .slice(0, options.entriesPerGap ?? 3);
}

/**
 * The result's gaps as actions, one per sub-domain for level requirements so a sub-domain's five
 * requirements do not fill the list. Order: what holds back the next level first; among those, gaps the
 * roadmap plans a solution for, then constraint scenarios; otherwise the engine's order (by impact).
 */
export function gapActions(
  framework: Framework,
  result: AssessmentResult,
  answers: Answers,
  entries: readonly CatalogEntry[],
  options: GapActionOptions = {},
): GapAction[] {
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const subDomains = subDomainsOf(framework);
  const nodeLevel = new Map(result.subDomains.map((n) => [n.id, n.level]));
  const groups = new Map<string, { question: Question; gap: Gap; blocks: boolean }>();
  for (const gap of result.gaps) {
    const question = questions.get(gap.questionId);
    if (!question) continue;
    const key = groupKey(question);
    const known = groups.get(key);
    if (!known) groups.set(key, { question, gap, blocks: gap.blocksNextLevel });
    else {
      known.blocks ||= gap.blocksNextLevel;
      // The lowest unmet level of a sub-domain is the one to work on, wherever the engine ranked it.
      if ((gap.level ?? 0) < (known.gap.level ?? 0)) Object.assign(known, { question, gap });
    }
  }
  const actions = [...groups.entries()].map(([key, { question, gap, blocks }]): GapAction => {
    const subDomain = subDomains.get(question.subDomainId);
    const answered = chosenLevel(question, answers[question.id]);
    let currentLevel: number | undefined;
    let nextLevel: number | undefined;
    let requirement: LocalizedText = question.text;
    if (question.type === 'satisfaction' && gap.level !== undefined) {
      currentLevel = Math.min(nodeLevel.get(question.subDomainId) ?? 0, gap.level - 1);
      nextLevel = gap.level;
    } else if (question.type === 'levelChoice') {
      currentLevel = answered;
      nextLevel = answered + 1;
      requirement = question.options.find((o) => o.level === nextLevel)?.label ?? question.text;
    } else if (question.type === 'scenarioLevel') {
      currentLevel = answered;
      nextLevel = answered + 1;
      requirement = question.descriptors.find((d) => d.level === nextLevel)?.text ?? question.text;
    }
    const guidanceList = question.guidance ?? subDomain?.guidance ?? [];
    const guidance = nextLevel === undefined ? undefined : guidanceList.find((g) => g.level === nextLevel);
    return {
      key,
      subDomainId: question.subDomainId,
      domainId: gap.domainId,
      currentLevel,
      nextLevel,
      requirement,
      guidance,
      blocksNextLevel: blocks,
      constraint: subDomain?.constraint === true,
      entries: entriesFor(gap, framework, currentLevel, entries, options),
    };
  });
  const planned = (a: GapAction) => Number(a.entries.some((e) => e.inRoadmap));
  return actions
    .map((action, order) => ({ action, order }))
    .sort(
      (x, y) =>
        Number(y.action.blocksNextLevel) - Number(x.action.blocksNextLevel) ||
        planned(y.action) - planned(x.action) ||
        Number(y.action.constraint) - Number(x.action.constraint) ||
        x.order - y.order,
    )
    .map(({ action }) => action);
}
