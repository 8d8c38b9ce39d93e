import type { ObjectiveDto, ThemeDto } from '@/api/delivery-tracker-client';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import type { ObjectiveValues } from '@/features/plan-editing/components/objective-form';
import type { ThemeValues } from '@/features/plan-editing/components/theme-form';

/** What the conflict panel compares for a theme: the two fields the form edits. */
export const themeComparedFields: readonly ComparedField<ThemeDto, ThemeValues>[] = [
  { label: 'Code', fromResource: (theme) => theme.code, fromForm: (values) => values.code },
  { label: 'Title', fromResource: (theme) => theme.title, fromForm: (values) => values.title },
];

export const objectiveComparedFields: readonly ComparedField<ObjectiveDto, ObjectiveValues>[] = [
  { label: 'Objective', fromResource: (objective) => objective.title, fromForm: (values) => values.title },
];
