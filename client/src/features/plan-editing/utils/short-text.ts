/**
 * The start of a long text for a list where the whole would crowd the page (an action's text beside its reference):
 * cut at a word boundary before `max` characters, with an ellipsis. Short text is returned as it is.
 *
 * @example shortText('Deliver a programme of weapons awareness sessions in every secondary school', 40) // 'Deliver a programme of weapons awareness…'
 */
export function shortText(text: string, max = 120): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  // One character more than fits, so a word ending exactly at `max` is kept whole.
  const cut = trimmed.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max);
  return `${kept.replace(/[\s,.;:–-]+$/, '')}…`;
}
