import { describe, expect, it } from 'vitest';
import en from '../locales/en/report.json' with { type: 'json' };
import ur from '../locales/ur/report.json' with { type: 'json' };
import { CHILD_CATEGORY_CHOICES, categoryOfChildChoice, childChoiceOf } from './child-categories.ts';
import { CATEGORIES } from './vocabulary.ts';

describe('child category choices', () => {
  it('offers six plain choices, each standing for a different category of the vocabulary', () => {
    expect(CHILD_CATEGORY_CHOICES).toHaveLength(6);
    const categories = CHILD_CATEGORY_CHOICES.map((c) => c.category);
    expect(new Set(categories).size).toBe(6);
    for (const c of categories) expect(CATEGORIES).toContain(c);
  });

  it('maps the child words the issue names onto the categories staff work with', () => {
    expect(categoryOfChildChoice('hurtBody')).toBe('physical_abuse');
    expect(categoryOfChildChoice('touching')).toBe('sexual_abuse');
    expect(categoryOfChildChoice('work')).toBe('child_labour');
    expect(categoryOfChildChoice('online')).toBe('online_abuse');
    expect(categoryOfChildChoice('notSafeHome')).toBe('domestic_violence');
    expect(categoryOfChildChoice('somethingElse')).toBe('other');
  });

  it('finds the child choice back from a category, and none for a category only the adult list has', () => {
    expect(childChoiceOf('sexual_abuse')).toBe('touching');
    expect(childChoiceOf('child_marriage')).toBeNull();
    expect(childChoiceOf(undefined)).toBeNull();
  });

  it('has every choice worded in English and Urdu', () => {
    for (const { id } of CHILD_CATEGORY_CHOICES) {
      expect(en.childCategory[id]).toBeTruthy();
      expect(ur.childCategory[id]).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
