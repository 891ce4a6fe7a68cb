import type { Framework, Question } from '../framework-schema';

const same = (s: string) => ({ 'zh-CN': s, en: s, 'zh-TW': s });
const sat = (id: string, subDomainId: string, level: number, allowNotApplicable = false): Question => ({
  id,
  subDomainId,
  level,
  type: 'satisfaction',
  text: same(id),
  help: same(id),
  ...(allowNotApplicable ? { allowNotApplicable } : {}),
});

/**
 * Three levels; element A (1 : 1) holds sub-domains a1 (weight 1) and a2 (weight 3, two requirements at
 * level 2); element B (discrete 3, process 1) holds b1. Small enough to compute results by hand.
 */
export function tinyLadder(): Framework {
  return {
    format: 'gongzhi-framework',
    formatVersion: 1,
    id: 'tiny-ladder',
    version: '1.0.0',
    name: same('tiny'),
    alignment: same('test only'),
    estimatedMinutes: 1,
    levels: [1, 2, 3].map((level) => ({ level, code: `L${level}`, name: same(`L${level}`), summary: same(`L${level}`) })),
    elements: [
      {
        id: 'a',
        name: same('A'),
        weights: { discrete: 1, process: 1 },
        domains: [
          {
            id: 'a',
            name: same('A1'),
            subDomains: [
              { id: 'a1', name: same('a1'), weights: { discrete: 1, process: 1 } },
              { id: 'a2', name: same('a2'), weights: { discrete: 3, process: 3 } },
            ],
          },
        ],
      },
      {
        id: 'b',
        name: same('B'),
        weights: { discrete: 3, process: 1 },
        domains: [{ id: 'b', name: same('B1'), subDomains: [{ id: 'b1', name: same('b1') }] }],
      },
    ],
    questions: [
      sat('a1-l1', 'a1', 1),
      sat('a1-l2', 'a1', 2),
      sat('a1-l3', 'a1', 3),
      sat('a2-l1', 'a2', 1, true),
      sat('a2-l2a', 'a2', 2, true),
      sat('a2-l2b', 'a2', 2, true),
      sat('a2-l3', 'a2', 3, true),
      sat('b1-l1', 'b1', 1),
      sat('b1-l2', 'b1', 2),
      sat('b1-l3', 'b1', 3),
    ],
    scoring: {
      model: 'levelLadder',
      threshold: 0.8,
      scoreToLevel: [
        { level: 1, minScore: 0.8 },
        { level: 2, minScore: 1.8 },
        { level: 3, minScore: 2.8 },
      ],
    },
  };
}

/** 10 points in two questions plus three scenarios (two of them constraint scenarios). */
export function tinyPoints(): Framework {
  const scenario = (id: string): Question => ({
    id,
    subDomainId: id,
    type: 'scenarioLevel',
    text: same(id),
    help: same(id),
    descriptors: [1, 2].map((level) => ({ level, text: same(`${id} L${level}`) })),
  });
  return {
    format: 'gongzhi-framework',
    formatVersion: 1,
    id: 'tiny-points',
    version: '1.0.0',
    name: same('tiny'),
    alignment: same('test only'),
    estimatedMinutes: 1,
    levels: [1, 2].map((level) => ({ level, code: `L${level}`, name: same(`L${level}`), summary: same(`L${level}`) })),
    elements: [
      {
        id: 'base',
        name: same('base'),
        domains: [
          {
            id: 'base',
            name: same('base'),
            subDomains: [
              { id: 'rate', name: same('rate') },
              { id: 'tools', name: same('tools') },
            ],
          },
        ],
      },
      {
        id: 'ops',
        name: same('ops'),
        domains: [
          {
            id: 'ops',
            name: same('ops'),
            subDomains: [
              { id: 's1', name: same('s1'), constraint: true },
              { id: 's2', name: same('s2'), constraint: true },
              { id: 's3', name: same('s3') },
            ],
          },
        ],
      },
    ],
    questions: [
      {
        id: 'rate',
        subDomainId: 'rate',
        type: 'numericBands',
        points: 6,
        unit: same('%'),
        min: 0,
        max: 100,
        text: same('rate'),
        help: same('rate'),
        bands: [
          { from: 0, to: 10, points: 0 },
          { from: 10, to: 60, points: 3 },
          { from: 60, to: 100, points: 6 },
        ],
      },
      {
        id: 'tools',
        subDomainId: 'tools',
        type: 'multiSelect',
        points: 4,
        text: same('tools'),
        help: same('tools'),
        allowNotApplicable: true,
        options: [
          { id: 'x', label: same('x'), points: 2 },
          { id: 'y', label: same('y'), points: 2 },
          { id: 'z', label: same('z'), points: 2 },
        ],
      },
      scenario('s1'),
      scenario('s2'),
      scenario('s3'),
    ],
    scoring: {
      model: 'points',
      maxScore: 10,
      levelRules: [
        { level: 1, minScore: 3, scenarios: { atLeastLevel: 1, minCount: 2, minConstraint: 1 } },
        { level: 2, minScore: 8, scenarios: { atLeastLevel: 2, minCount: 2, minConstraint: 2 } },
      ],
    },
  };
}
