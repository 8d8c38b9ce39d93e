import { paths } from '@/config/paths';

const base = 'https://return-path.invalid';

/**
 * Where to go after signing in: the `returnTo` the sign-in page was given when it is a path on this site, otherwise
 * the home page. Anything that would leave the site (`https://…`, `//evil.example`, `/\evil.example`) or come back to
 * the sign-in page is refused, so the parameter cannot be used to send someone elsewhere.
 */
export function safeReturnPath(returnTo: string | null | undefined): string {
  const home = paths.home.getHref();
  if (!returnTo?.startsWith('/')) return home;
  let url: URL;
  try {
    url = new URL(returnTo, base);
  } catch {
    return home;
  }
  if (url.origin !== base || url.pathname === paths.auth.signIn.path) return home;
  return `${url.pathname}${url.search}${url.hash}`;
}
