/**
 * Makes a suggested download/save name safe on every OS: the UI builds names from user data
 * (company names, dates with colons) that Windows would refuse and that the IPC schema rejects.
 */
const FORBIDDEN = /[/\\:*?"<>|\p{Cc}]/gu;
const MAX_LENGTH = 200;

export function safeFileName(name: string, fallback = 'gongzhi'): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '') return fallback;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  // Keep the extension when shortening, so the file still opens with the right program.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}
