/**
 * How two assessments are named in a comparison: by date, and by date and time when both fall on the same
 * day (two dates reading "6 Dec 2026" tell the user nothing).
 */
export function compareLabels(beforeIso: string, afterIso: string, language: string): [string, string] {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const before = new Date(beforeIso);
  const after = new Date(afterIso);
  const sameDay = day.format(before) === day.format(after);
  const written = sameDay ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }) : day;
  return [written.format(before), written.format(after)];
}
