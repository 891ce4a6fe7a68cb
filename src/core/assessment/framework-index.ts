import type { IndustryType } from '../clients/company';
import type { Answers } from './answers';
import type { Framework, IndustryWeights, Question } from './framework-schema';

export interface IndexedNode {
  id: string;
  /** Unique across kinds ("d:data", "s:data"): a domain and its only sub-domain may share an id. */
  key: string;
  parentId: string | null;
  /** Weight for the company's industry type (1 when the framework gives none). */
  weight: number;
  /** Applies to this industry type (its own rule, its weight and its parent's). */
  applies: boolean;
  childKeys: string[];
}

export interface IndexedQuestion {
  question: Question;
  order: number;
  subDomainId: string;
  domainId: string;
  elementId: string;
  /** Applies to the industry type and not marked not-applicable by the company. */
  active: boolean;
  constraint: boolean;
}

export interface FrameworkIndex {
  elements: IndexedNode[];
  domains: IndexedNode[];
  subDomains: IndexedNode[];
  questions: IndexedQuestion[];
  questionsBySubDomain: Map<string, IndexedQuestion[]>;
}

function weightFor(weights: IndustryWeights | undefined, industry: IndustryType): number {
  return weights ? weights[industry] : 1;
}

function appliesTo(
  node: { appliesTo?: IndustryType[] | undefined; weights?: IndustryWeights | undefined },
  industry: IndustryType,
): boolean {
  return (node.appliesTo?.includes(industry) ?? true) && weightFor(node.weights, industry) > 0;
}

/** Flattens the tree for one industry type and one set of answers (which questions are marked N/A). */
export function indexFramework(fw: Framework, industry: IndustryType, answers: Answers): FrameworkIndex {
  const elements: IndexedNode[] = [];
  const domains: IndexedNode[] = [];
  const subDomains: IndexedNode[] = [];
  const location = new Map<string, { domainId: string; elementId: string; applies: boolean; constraint: boolean }>();
  for (const el of fw.elements) {
    const elApplies = appliesTo(el, industry);
    elements.push({
      id: el.id,
      key: `e:${el.id}`,
      parentId: null,
      weight: weightFor(el.weights, industry),
      applies: elApplies,
      childKeys: el.domains.map((d) => `d:${d.id}`),
    });
    for (const dom of el.domains) {
      const domApplies = elApplies && appliesTo(dom, industry);
      domains.push({
        id: dom.id,
        key: `d:${dom.id}`,
        parentId: el.id,
        weight: weightFor(dom.weights, industry),
        applies: domApplies,
        childKeys: dom.subDomains.map((s) => `s:${s.id}`),
      });
      for (const sd of dom.subDomains) {
        const sdApplies = domApplies && appliesTo(sd, industry);
        subDomains.push({
          id: sd.id,
          key: `s:${sd.id}`,
          parentId: dom.id,
          weight: weightFor(sd.weights, industry),
          applies: sdApplies,
          childKeys: [],
        });
        location.set(sd.id, { domainId: dom.id, elementId: el.id, applies: sdApplies, constraint: sd.constraint === true });
      }
    }
  }
  const questions: IndexedQuestion[] = [];
  const questionsBySubDomain = new Map<string, IndexedQuestion[]>();
  fw.questions.forEach((question, order) => {
    const loc = location.get(question.subDomainId);
    if (!loc) return;
    const iq: IndexedQuestion = {
      question,
      order,
      subDomainId: question.subDomainId,
      domainId: loc.domainId,
      elementId: loc.elementId,
      active: loc.applies && answers[question.id]?.notApplicable !== true,
      constraint: loc.constraint,
    };
    questions.push(iq);
    const list = questionsBySubDomain.get(question.subDomainId) ?? [];
    list.push(iq);
    questionsBySubDomain.set(question.subDomainId, list);
  });
  return { elements, domains, subDomains, questions, questionsBySubDomain };
}

export function completionOf(
  index: FrameworkIndex,
  answers: Answers,
): { total: number; answered: number; notApplicable: number; unanswered: number } {
  let total = 0;
  let answered = 0;
  let notApplicable = 0;
  const inScope = new Set(index.subDomains.filter((s) => s.applies).map((s) => s.id));
  for (const iq of index.questions) {
    if (!inScope.has(iq.subDomainId)) continue;
    total += 1;
    const a = answers[iq.question.id];
    if (a?.notApplicable) notApplicable += 1;
    else if (a?.value !== undefined) answered += 1;
  }
  return { total, answered, notApplicable, unanswered: total - answered - notApplicable };
}

/** Rounds for output so results are stable across platforms; decisions use unrounded values. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
