// The "what is happening to you?" step in a child's words: six plain choices instead of fourteen categories,
// each mapped onto the category staff work with. Declared once; the form and its tests read it from here.
import type { Category } from './vocabulary.ts';

export const CHILD_CATEGORY_CHOICES = [
  { id: 'hurtBody', category: 'physical_abuse' },
  { id: 'touching', category: 'sexual_abuse' },
  { id: 'work', category: 'child_labour' },
  { id: 'online', category: 'online_abuse' },
  { id: 'notSafeHome', category: 'domestic_violence' },
  { id: 'somethingElse', category: 'other' },
] as const satisfies readonly { id: string; category: Category }[];

export type ChildCategoryChoice = (typeof CHILD_CATEGORY_CHOICES)[number]['id'];

/** The category a child's choice stands for. */
export function categoryOfChildChoice(id: ChildCategoryChoice): Category {
  return CHILD_CATEGORY_CHOICES.find((c) => c.id === id)!.category;
}

/** The child's choice that stands for a category, or null when the category has none (chosen in adult wording). */
export function childChoiceOf(category: string | undefined): ChildCategoryChoice | null {
  return CHILD_CATEGORY_CHOICES.find((c) => c.category === category)?.id ?? null;
}
