import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Session and device tokens: 256 random bits; the prefix says which kind a leaked token is. */
export function newToken(kind: 'session' | 'device'): string {
  return `${kind === 'session' ? 'gzs' : 'gzd'}_${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored, so reading the database does not give a usable token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// No 0/O, 1/I/L: the code is read aloud or typed from paper.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time enrolment code such as "K7QM-2XPA-9DTE" (about 74 bits). */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 15 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [chars.slice(0, 5), chars.slice(5, 10), chars.slice(10)].map((group) => group.join('')).join('-');
}

/** Case, spaces and dashes do not matter when the code is typed. */
export function normaliseEnrolmentCode(code: string): string {
  const compact = code.toUpperCase().replace(/[\s-]/g, '');
  return [compact.slice(0, 5), compact.slice(5, 10), compact.slice(10)].filter(Boolean).join('-');
}
