// The "what is happening to you?" step in a child's words: eight plain choices instead of fourteen categories,
// each mapped onto the category staff work with and drawn with a picture (domain/icons.ts). Declared once; the
// form and its tests read it from here.
import type { Category } from './vocabulary.ts';

export const CHILD_CATEGORY_CHOICES = [
  { id: 'hurtBody', category: 'physical_abuse', icon: 'hurt' },
  { id: 'touching', category: 'sexual_abuse', icon: 'touch' },
  { id: 'work', category: 'child_labour', icon: 'work' },
  { id: 'online', category: 'online_abuse', icon: 'online' },
  { id: 'notSafeHome', category: 'domestic_violence', icon: 'home' },
  { id: 'marriage', category: 'child_marriage', icon: 'marriage' },
  { id: 'lost', category: 'missing_or_separated', icon: 'lost' },
  { id: 'somethingElse', category: 'other', icon: 'what' },
] as const satisfies readonly { id: string; category: Category; icon: string }[];

export type ChildCategoryChoice = (typeof CHILD_CATEGORY_CHOICES)[number]['id'];

/** The category a child's choice stands for. */
export function categoryOfChildChoice(id: ChildCategoryChoice): Category {
  return CHILD_CATEGORY_CHOICES.find((c) => c.id === id)!.category;
}

/** The child's choice that stands for a category, or null when the category has none (chosen in adult wording). */
export function childChoiceOf(category: string | undefined): ChildCategoryChoice | null {
  return CHILD_CATEGORY_CHOICES.find((c) => c.category === category)?.id ?? null;
}

/** The picture beside a category's child choice (names of ICONS). */
export const childChoiceIcon = (category: string) => CHILD_CATEGORY_CHOICES.find((c) => c.category === category)?.icon;
