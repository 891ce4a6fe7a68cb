/** An answer the hub gives on purpose: HTTP status plus a stable code the app translates. */
export class HubError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const unauthorised = (code = 'auth.required', message = 'sign in first') => new HubError(401, code, message);
export const forbidden = () => new HubError(403, 'auth.forbidden', 'this role may not do that');
// Another provider's company answers as if it did not exist: its id tells nothing.
export const notFound = (what: string) => new HubError(404, 'notFound', `no such ${what}`);
