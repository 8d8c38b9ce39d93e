import { useLocation, useNavigate } from 'react-router';

/** What a page passes in navigation state to show a success banner on the next page ("Progress update posted"). */
export type FlashState = { flash?: { heading: string; body?: string } };

/**
 * Navigates to `to` and shows a GOV.UK success banner there (see {@link useFlash}): the confirmation after a change,
 * without a confirmation page of its own.
 */
export function useNavigateWithFlash() {
  const navigate = useNavigate();
  return (to: string, heading: string, body?: string) => navigate(to, { state: { flash: { heading, body } } satisfies FlashState });
}

/** The success message the previous page left in navigation state, if any. */
export function useFlash(): FlashState['flash'] {
  const location = useLocation();
  return (location.state as FlashState | null)?.flash;
}
