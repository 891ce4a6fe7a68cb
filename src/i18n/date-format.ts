/**
 * A day as the interface language writes it ("2026年10月15日", "15 Oct 2026"), from a stored ISO timestamp or
 * a plain "YYYY-MM-DD" (read as that day here, not as UTC midnight, which is the day before west of Greenwich).
 */
export function formatDay(value: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
