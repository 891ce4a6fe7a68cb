/** JSON-schema pieces the routes share. Every text field has a length bound; ids are UUIDs. */
export const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
export const optionalText = (maxLength: number) => ({ type: 'string', maxLength }) as const;
export const uuid = { type: 'string', format: 'uuid' } as const;
/** An installation's own ids (Dexie keys): letters, digits, dash, underscore, colon, dot. */
export const localId = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_:.-]+$' } as const;
export const timestamp = { type: 'string', format: 'date-time' } as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: uuid },
} as const;

export const companyProfile = {
  type: 'object',
  required: ['name', 'industryType'],
  additionalProperties: false,
  properties: {
    name: text(200),
    cluster: optionalText(100),
    subSector: optionalText(100),
    industryType: { enum: ['discrete', 'process'] },
    size: { enum: ['micro', 'small', 'medium', 'large'] },
    revenueBand: optionalText(50),
  },
} as const;

export const errorResponse = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;
