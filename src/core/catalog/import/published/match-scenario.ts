import type { CatalogTaxonomy } from '../../taxonomy';
import { foldText, labelKey } from './normalize-text';
import { scenarioLinks } from './scenario-links';

export type ScenarioMatchVia = 'exact' | 'alias' | 'similar' | 'text' | 'counterpart' | 'category';

export interface ScenarioMatch {
  code: string;
  /** 0–1. Below `confirmBelow` the preview asks the user to confirm it. */
  confidence: number;
  via: ScenarioMatchVia;
  /** The text it was matched from. */
  from: string;
}

export const confirmBelow = 0.75;

interface Label {
  code: string;
  key: string;
  via: 'exact' | 'alias';
}

function labels(taxonomy: CatalogTaxonomy): Label[] {
  const out: Label[] = [];
  for (const scenario of [...taxonomy.smeScenarios.scenarios, ...taxonomy.imsScenarios.scenarios]) {
    out.push({ code: scenario.code, key: labelKey(scenario.code), via: 'exact' });
    for (const name of Object.values(scenario.name)) if (name) out.push({ code: scenario.code, key: labelKey(name), via: 'exact' });
    for (const alias of scenarioLinks[scenario.code]?.aliases ?? []) out.push({ code: scenario.code, key: labelKey(alias), via: 'alias' });
  }
  return out;
}

const cache = new WeakMap<CatalogTaxonomy, Label[]>();
const labelsOf = (taxonomy: CatalogTaxonomy): Label[] => {
  let found = cache.get(taxonomy);
  if (!found) cache.set(taxonomy, (found = labels(taxonomy)));
  return found;
};

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** Dice similarity of character pairs: "设备远程运维" and "远程运维服务" share most of their pairs. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const pair of x) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** "(一)质量管理类" → "质量管理": numbering and a trailing 类/场景 are not part of the name. */
function stripDecoration(text: string): string {
  return labelKey(text)
    .replace(/^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十\d]+[类部分])/, '')
    .replace(/(?:类|类场景|场景|领域|方向)$/, '');
}

/** One scenario as written in a scenario cell, matched by code or name, an alias, or a similar name. */
export function matchScenarioName(text: string, taxonomy: CatalogTaxonomy): ScenarioMatch | undefined {
  const key = stripDecoration(text);
  if (key === '') return undefined;
  const all = labelsOf(taxonomy);
  const plain = labelKey(text);
  const direct = all.find((l) => l.key === key) ?? all.find((l) => l.key === plain);
  if (direct) return { code: direct.code, confidence: direct.via === 'exact' ? 1 : 0.9, via: direct.via, from: text };
  let best: { label: Label; score: number } | undefined;
  for (const label of all) {
    const score = similarity(key, label.key);
    if (!best || score > best.score) best = { label, score };
  }
  if (!best || best.score < 0.5) return undefined;
  return { code: best.label.code, confidence: Math.round(0.85 * best.score * 100) / 100, via: 'similar', from: text };
}

/**
 * Scenarios from the name and the function description when the list gives none (or none that match):
 * keywords per scenario, the best one or two; always below `confirmBelow`, so the user confirms them.
 */
interface Keyword {
  word: string;
  found: (text: { key: string; lower: string }) => boolean;
}

/** Latin keywords ("OA", "BI", "MES") match whole words only, or "OA" would be found in "dashboard". */
function keyword(word: string): Keyword {
  if (/^[\x20-\x7e]+$/.test(word)) {
    const pattern = new RegExp(`\\b${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    return { word, found: (text) => pattern.test(text.lower) };
  }
  const key = labelKey(word);
  return { word, found: (text) => text.key.includes(key) };
}

const textKeys = Object.entries(scenarioLinks).map(([code, link]) => ({
  code,
  keywords: link.keywords.map(keyword),
  aliases: link.aliases.map(keyword),
}));

export function matchScenarioText(text: string): ScenarioMatch[] {
  const folded = { key: labelKey(text), lower: foldText(text).toLowerCase() };
  if (folded.key === '') return [];
  const scored = textKeys
    .map(({ code, keywords, aliases }) => {
      const hits = keywords.filter((k) => k.found(folded)).map((k) => k.word);
      const aliasHits = aliases.filter((k) => k.found(folded)).map((k) => k.word);
      return {
        code,
        hits: [...aliasHits, ...hits],
        score: aliasHits.length * 2 + hits.reduce((s, w) => s + Math.min(4, [...w].length) / 2, 0),
      };
    })
    .filter((s) => s.score >= 1)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const top = scored[0];
  if (!top) return [];
  const pick = (family: string) => scored.find((s) => s.code.startsWith(family) && s.score >= top.score * 0.6);
  return [pick('IMS'), pick('SME')]
    .filter((s) => s !== undefined)
    .map((s) => ({
      code: s.code,
      confidence: Math.min(0.7, Math.round((0.35 + 0.08 * s.score) * 100) / 100),
      via: 'text' as const,
      from: s.hits.join('、'),
    }));
}

/** Adds each smart-manufacturing scenario's SME counterpart, so recommendations that weigh SME scenarios see it. */
export function withCounterparts(matches: ScenarioMatch[]): ScenarioMatch[] {
  const out = [...matches];
  for (const match of matches) {
    const sme = scenarioLinks[match.code]?.sme;
    if (sme && !out.some((m) => m.code === sme))
      out.push({ code: sme, confidence: match.confidence, via: 'counterpart', from: match.code });
  }
  return out;
}
