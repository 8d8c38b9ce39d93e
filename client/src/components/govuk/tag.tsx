import type { ReactNode } from 'react';

/** The colours GOV.UK Frontend 6 has a tag modifier for; `blue` is the unmodified tag. */
export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'turquoise'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

type TagProps = {
  /** The words: a tag always says what it means, colour only supports them. */
  children: ReactNode;
  colour?: TagColour;
  className?: string;
};

/** GOV.UK tag (`govuk-tag`). */
export function Tag({ children, colour = 'blue', className }: TagProps) {
  const classes = ['govuk-tag', colour === 'blue' ? '' : `govuk-tag--${colour}`, className ?? ''].filter(Boolean);
  return <strong className={classes.join(' ')}>{children}</strong>;
}
