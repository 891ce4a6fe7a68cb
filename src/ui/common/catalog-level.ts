/** The catalog namespace's key for a maturity level 0–5 (a typed lookup, so the compiler checks every key). */
const levelKeys = ['level.0', 'level.1', 'level.2', 'level.3', 'level.4', 'level.5'] as const;

export type LevelKey = (typeof levelKeys)[number];

export function levelKey(level: number): LevelKey {
  return levelKeys[Math.min(levelKeys.length - 1, Math.max(0, Math.round(level)))] ?? 'level.0';
}
