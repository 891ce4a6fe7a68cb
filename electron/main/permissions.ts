/**
 * Session permission decisions. The only host capability a page ever needs is the camera (Inspect's
 * live check), so everything else is denied, and the camera only for video and only for our origin.
 * Electron grants every permission by default, which is why both handlers must be installed.
 */
export interface PermissionRequest {
  permission: string;
  /** details.requestingUrl of Electron's permission request handler. */
  requestingUrl: string;
  /** details.mediaTypes for 'media' requests ("video" | "audio"). */
  mediaTypes?: readonly string[];
}

export interface PermissionCheck {
  permission: string;
  /** requestingOrigin of Electron's permission check handler. */
  requestingOrigin: string;
  /** details.mediaType for 'media' checks ("video" | "audio" | "unknown"). */
  mediaType?: string;
}

export function decidePermissionRequest(request: PermissionRequest, isTrustedPage: (url: string) => boolean): boolean {
  if (request.permission !== 'media' || !isTrustedPage(request.requestingUrl)) return false;
  const types = request.mediaTypes ?? [];
  // An empty list would be a request for nothing in particular; refuse rather than guess.
  return types.length > 0 && types.every((type) => type === 'video');
}

export function decidePermissionCheck(check: PermissionCheck, isTrustedPage: (url: string) => boolean): boolean {
  // Chromium checks 'media' before listing cameras; answering no would hide them from Inspect.
  return check.permission === 'media' && check.mediaType === 'video' && isTrustedPage(check.requestingOrigin);
}
