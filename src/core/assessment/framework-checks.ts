import type { Framework, Question } from './framework-schema';

/** A problem found in a framework file: where it is (e.g. "questions[3].subDomainId") and what is wrong. */
export interface FrameworkProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Checks that the schema alone cannot express: references between parts, unique ids, band coverage,
 * point totals. The schema has already checked shapes, so this can rely on them.
 */
export function checkFrameworkConsistency(fw: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (path: PropertyKey[], message: string): void => {
    problems.push({ path: formatPath(path), message });
  };

  fw.levels.forEach((lvl, i) => {
    if (lvl.level !== i + 1) add(['levels', i, 'level'], `levels must be numbered 1, 2, 3 … in order; expected ${i + 1}`);
  });
  const maxLevel = fw.levels.length;

  // Ids are unique per kind: a domain with a single sub-domain may share its id with it.
  const elementIds = new Set<string>();
  const domainIds = new Set<string>();
  const subDomainIds = new Set<string>();
  const seeNode = (ids: Set<string>, id: string, path: PropertyKey[]): void => {
    if (ids.has(id)) add(path, `duplicate id "${id}"`);
    ids.add(id);
  };
  fw.elements.forEach((el, e) => {
    seeNode(elementIds, el.id, ['elements', e, 'id']);
    el.domains.forEach((dom, d) => {
      seeNode(domainIds, dom.id, ['elements', e, 'domains', d, 'id']);
      dom.subDomains.forEach((sd, s) => {
        seeNode(subDomainIds, sd.id, ['elements', e, 'domains', d, 'subDomains', s, 'id']);
      });
    });
  });

  const questionIds = new Set<string>();
  const questionsPerSubDomain = new Map<string, number>();
  fw.questions.forEach((q, i) => {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ['questions', i, ...rest];
    if (questionIds.has(q.id)) add(at('id'), `duplicate question id "${q.id}"`);
    questionIds.add(q.id);
    if (!subDomainIds.has(q.subDomainId)) add(at('subDomainId'), `unknown sub-domain "${q.subDomainId}"`);
    questionsPerSubDomain.set(q.subDomainId, (questionsPerSubDomain.get(q.subDomainId) ?? 0) + 1);
    checkQuestion(q, at, add, fw, maxLevel);
  });

  fw.elements.forEach((el, e) =>
    el.domains.forEach((dom, d) =>
      dom.subDomains.forEach((sd, s) => {
        if (!questionsPerSubDomain.has(sd.id))
          add(['elements', e, 'domains', d, 'subDomains', s], `sub-domain "${sd.id}" has no questions`);
      }),
    ),
  );

  checkScoring(fw, maxLevel, add);
  checkGuidance(fw, maxLevel, add);
  return problems;
}

/** Guidance names levels the framework has, each at most once per sub-domain or question. */
function checkGuidance(fw: Framework, maxLevel: number, add: Add): void {
  const check = (guidance: readonly { level: number }[] | undefined, at: PropertyKey[]): void => {
    const seen = new Set<number>();
    guidance?.forEach((g, i) => {
      if (g.level > maxLevel) add([...at, 'guidance', i, 'level'], `level ${g.level} is above the framework's highest level ${maxLevel}`);
      if (seen.has(g.level)) add([...at, 'guidance', i, 'level'], `guidance for level ${g.level} is given twice`);
      seen.add(g.level);
    });
  };
  fw.elements.forEach((el, e) =>
    el.domains.forEach((dom, d) => dom.subDomains.forEach((sd, s) => check(sd.guidance, ['elements', e, 'domains', d, 'subDomains', s]))),
  );
  fw.questions.forEach((q, i) => check(q.guidance, ['questions', i]));
}

type Add = (path: PropertyKey[], message: string) => void;

function checkQuestion(q: Question, at: (...rest: PropertyKey[]) => PropertyKey[], add: Add, fw: Framework, maxLevel: number): void {
  const spansAllLevels = q.type === 'levelChoice' || q.type === 'scenarioLevel';
  if (fw.scoring.model === 'levelLadder') {
    if (spansAllLevels && q.level !== undefined) add(at('level'), `a ${q.type} question spans all levels and must not name one`);
    if (!spansAllLevels && q.level === undefined) add(at('level'), 'a requirement in a level ladder needs the level it belongs to');
  } else {
    if (q.level !== undefined) add(at('level'), 'questions in a points framework do not belong to a level');
    if (q.type === 'levelChoice') add(at('type'), 'levelChoice questions only work in a level-ladder framework');
  }
  if (q.level !== undefined && q.level > maxLevel) add(at('level'), `level ${q.level} is above the highest level ${maxLevel}`);

  if (q.type === 'levelChoice' || q.type === 'singleChoice' || q.type === 'multiSelect') {
    const seen = new Set<string>();
    q.options.forEach((o, j) => {
      if (seen.has(o.id)) add(at('options', j, 'id'), `duplicate option id "${o.id}"`);
      seen.add(o.id);
    });
  }
  if (q.type === 'levelChoice') {
    q.options.forEach((o, j) => {
      if (o.level > maxLevel) add(at('options', j, 'level'), `level ${o.level} is above the highest level ${maxLevel}`);
    });
  }
  if (q.type === 'singleChoice') {
    const best = Math.max(...q.options.map((o) => o.points));
    if (best !== q.points) add(at('points'), `the best option gives ${best} points but the question is worth ${q.points}`);
  }
  if (q.type === 'multiSelect') {
    const sum = q.options.reduce((s, o) => s + o.points, 0);
    if (sum + 1e-9 < q.points)
      add(at('points'), `all options together give ${sum} points, less than the ${q.points} the question is worth`);
  }
  if (q.type === 'numericBands') checkBands(q, at, add);
  if (q.type === 'scenarioLevel') {
    q.descriptors.forEach((dsc, j) => {
      if (dsc.level !== j + 1) add(at('descriptors', j, 'level'), `descriptors must be levels 1, 2, 3 … in order; expected ${j + 1}`);
    });
  }
  q.evidence?.forEach((f, j) => {
    if (q.evidence?.findIndex((g) => g.id === f.id) !== j) add(at('evidence', j, 'id'), `duplicate evidence field id "${f.id}"`);
  });
}

function checkBands(q: Extract<Question, { type: 'numericBands' }>, at: (...rest: PropertyKey[]) => PropertyKey[], add: Add): void {
  if (q.min >= q.max) add(at('max'), 'max must be greater than min');
  q.bands.forEach((b, j) => {
    if (b.from >= b.to) add(at('bands', j), 'a band needs from < to');
    const expectedFrom = j === 0 ? q.min : q.bands[j - 1]?.to;
    if (b.from !== expectedFrom) add(at('bands', j, 'from'), `bands must be contiguous; expected from = ${String(expectedFrom)}`);
    if (b.points > q.points) add(at('bands', j, 'points'), `band gives more than the ${q.points} points the question is worth`);
  });
  const last = q.bands[q.bands.length - 1];
  if (last && last.to !== q.max) add(at('bands', q.bands.length - 1, 'to'), `the last band must end at max = ${q.max}`);
}

function checkScoring(fw: Framework, maxLevel: number, add: Add): void {
  const s = fw.scoring;
  const rules = s.model === 'levelLadder' ? s.scoreToLevel : s.levelRules;
  const key = s.model === 'levelLadder' ? 'scoreToLevel' : 'levelRules';
  rules.forEach((r, j) => {
    if (r.level > maxLevel) add(['scoring', key, j, 'level'], `level ${r.level} is not defined in levels`);
    const prev = rules[j - 1];
    if (prev && (r.level <= prev.level || r.minScore <= prev.minScore)) {
      add(['scoring', key, j], 'rules must go up in both level and minScore');
    }
  });
  if (s.model === 'points') {
    const total = fw.questions.reduce((sum, q) => sum + ('points' in q ? q.points : 0), 0);
    if (Math.abs(total - s.maxScore) > 1e-6) add(['scoring', 'maxScore'], `questions add up to ${total} points, not ${s.maxScore}`);
    s.levelRules.forEach((r, j) => {
      if (r.minScore > s.maxScore) add(['scoring', 'levelRules', j, 'minScore'], 'minScore is above maxScore');
    });
  }
}
