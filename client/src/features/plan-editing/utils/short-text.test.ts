import { describe, expect, it } from 'vitest';

import { shortText } from '@/features/plan-editing/utils/short-text';

describe('shortText', () => {
  it('keeps short text whole, with its spaces tidied', () => {
    expect(shortText('  Weapons   awareness sessions ', 40)).toBe('Weapons awareness sessions');
  });

  it('cuts long text at the last word that fits and adds an ellipsis', () => {
    expect(shortText('Deliver a programme of weapons awareness sessions in every secondary school', 40)).toBe(
      'Deliver a programme of weapons awareness…',
    );
  });

  it('cuts inside a word only when there is no space in the second half', () => {
    expect(shortText('Supercalifragilisticexpialidocious', 10)).toBe('Supercalif…');
  });
});
