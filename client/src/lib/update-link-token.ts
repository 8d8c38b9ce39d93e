/**
 * The token of a signed update link, which a partner lead without an account opens from a reminder email
 * (`/update#<token>`). The token arrives in the address's fragment, which browsers never send to a server; the update
 * page takes it from there, removes it from the address bar and keeps it for this tab only (sessionStorage, so a
 * reload still works and closing the tab forgets it). The API client sends it as `Authorization: UpdateLink <token>`
 * to the update-link endpoints and nowhere else.
 */
const storageKey = 'delivery-tracker.update-link';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be switched off; the token then lives as long as the page.
    return undefined;
  }
}

/** Where the token lives when storage is switched off: as long as the page. */
let inMemory: string | undefined;

/** The token this tab holds, if any. */
export function readUpdateLinkToken(): string | undefined {
  const stored = storage();
  return stored ? (stored.getItem(storageKey) ?? undefined) : inMemory;
}

export function keepUpdateLinkToken(token: string): void {
  const stored = storage();
  if (stored) stored.setItem(storageKey, token);
  else inMemory = token;
}

export function forgetUpdateLinkToken(): void {
  inMemory = undefined;
  storage()?.removeItem(storageKey);
}

/**
 * Keeps the token a link's fragment carries (`#<token>`), replacing any held before, and says whether there was one.
 * A fragment that is plainly no token (a page anchor) is left alone.
 */
export function takeUpdateLinkTokenFromHash(hash: string): boolean {
  const token = hash.replace(/^#/, '').trim();
  if (!/^[A-Za-z0-9_-]{20,}$/.test(token)) return false;
  keepUpdateLinkToken(token);
  return true;
}

/**
 * The requests the token is sent with: this site's own update-link endpoints (`/api/v1/update-link`…, not
 * `/update-links`), never another origin's.
 */
export function isUpdateLinkRequest(url: string, origin: string = globalThis.location?.origin ?? 'http://localhost'): boolean {
  const target = new URL(url, origin);
  return target.origin === origin && /^\/api\/v1\/update-link(\/|$)/.test(target.pathname);
}
