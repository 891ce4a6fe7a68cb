/**
 * What a restore accepts, checked before anything is decompressed or parsed. A JavaScript string holds
 * at most about 512 MiB, so a larger payload could never be parsed anyway: it is refused up front
 * rather than failing deep inside JSON.parse. The counts are far above any real workspace (a year of
 * inspections at one image a second is about 3 million results).
 */
export const MAX_PAYLOAD_BYTES = 512 * 2 ** 20;
export const MAX_BACKUP_TABLES = 256;
export const MAX_BACKUP_ROWS = 20_000_000;
