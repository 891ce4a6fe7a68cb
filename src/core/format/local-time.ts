const two = (n: number) => String(n).padStart(2, '0');

/** "2026-12-06" in the computer's time zone: the day the user lived, not the UTC day. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * "2026-12-06 14:05:09" in the computer's time zone: the form Excel, WPS and LibreOffice read as a date and
 * time in a CSV cell (an ISO string with "T" and "Z" stays text, and shows UTC rather than the user's clock).
 */
export function localDateTime(date: Date): string {
  return `${localDay(date)} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
