/**
 * Does a request target try to leave the proxied prefix (issue 17, finding 1)? `vite preview`'s
 * proxy matched `/api` on the raw target and then resolved `..` while forwarding, so
 * `/api/../__mock/reset` and `/api/%2e%2e/__mock/reset` reached the gateway outside `/api`.
 * Refused here: dot segments (also percent-encoded, in any case), backslashes (URL parsers read
 * them as slashes), encoded slashes, NUL, and percent-encoding that does not decode.
 *
 * @param {string} target the request target as received (`req.url`)
 * @returns {boolean}
 */
export function escapesPrefix(target) {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/') || path.startsWith('//')) return true;
  if (/\\|%5c|%2f|%00/i.test(path)) return true;
  try {
    decodeURIComponent(path);
  } catch {
    return true;
  }
  return path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}
