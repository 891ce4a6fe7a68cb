import type { Framework, LocalizedText } from '../../core/assessment/framework-schema';
import type { NodeKind } from '../../core/assessment/result-types';

/** The framework's own name of an element, domain or sub-domain (ids are unique per kind). */
export function nodeName(fw: Framework, kind: NodeKind, id: string): LocalizedText | undefined {
  for (const el of fw.elements) {
    if (kind === 'element' && el.id === id) return el.name;
    for (const dom of el.domains) {
      if (kind === 'domain' && dom.id === id) return dom.name;
      for (const sd of dom.subDomains) if (kind === 'subDomain' && sd.id === id) return sd.name;
    }
  }
  return undefined;
}

export function questionText(fw: Framework, id: string): LocalizedText | undefined {
  return fw.questions.find((q) => q.id === id)?.text;
}

export function levelName(fw: Framework, level: number): LocalizedText | undefined {
  return fw.levels.find((l) => l.level === level)?.name;
}
