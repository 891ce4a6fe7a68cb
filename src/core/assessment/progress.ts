import type { Answers } from './answers';
import type { Framework, LocalizedText, Question } from './framework-schema';
import type { IndustryType } from '../clients/company';

export interface DomainSection {
  domainId: string;
  elementId: string;
  name: LocalizedText;
  questions: Question[];
  answered: number;
}

export function isAnswered(answers: Answers, questionId: string): boolean {
  const a = answers[questionId];
  return a !== undefined && (a.notApplicable === true || a.value !== undefined);
}

/**
 * The questionnaire's sections: one per domain, in framework order, holding the questions that apply to
 * the industry type (sub-domains for the other type are left out rather than shown as N/A).
 */
export function domainSections(fw: Framework, industry: IndustryType, answers: Answers): DomainSection[] {
  const sections: DomainSection[] = [];
  for (const el of fw.elements) {
    if (!appliesTo(el, industry)) continue;
    for (const dom of el.domains) {
      if (!appliesTo(dom, industry)) continue;
      const subIds = new Set(dom.subDomains.filter((s) => appliesTo(s, industry)).map((s) => s.id));
      const questions = fw.questions.filter((q) => subIds.has(q.subDomainId));
      if (questions.length === 0) continue;
      sections.push({
        domainId: dom.id,
        elementId: el.id,
        name: dom.name,
        questions,
        answered: questions.filter((q) => isAnswered(answers, q.id)).length,
      });
    }
  }
  return sections;
}

function appliesTo(
  node: { appliesTo?: IndustryType[] | undefined; weights?: { discrete: number; process: number } | undefined },
  industry: IndustryType,
): boolean {
  return (node.appliesTo?.includes(industry) ?? true) && (node.weights ? node.weights[industry] > 0 : true);
}

/** The first unanswered question after `fromId` (wrapping round), or undefined when all are answered. */
export function nextUnanswered(sections: DomainSection[], answers: Answers, fromId?: string): Question | undefined {
  const all = sections.flatMap((s) => s.questions);
  const start = fromId === undefined ? 0 : all.findIndex((q) => q.id === fromId) + 1;
  for (let i = 0; i < all.length; i++) {
    const q = all[(start + i) % all.length];
    if (q && !isAnswered(answers, q.id)) return q;
  }
  return undefined;
}
