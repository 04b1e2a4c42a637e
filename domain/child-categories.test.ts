import { describe, expect, it } from 'vitest';
import en from '../locales/en/report.json' with { type: 'json' };
import ps from '../locales/ps/report.json' with { type: 'json' };
import ur from '../locales/ur/report.json' with { type: 'json' };
import { CHILD_CATEGORY_CHOICES, categoryOfChildChoice, childChoiceOf } from './child-categories.ts';
import { ICONS } from './icons.ts';
import { CATEGORIES } from './vocabulary.ts';

describe('child category choices', () => {
  it('offers eight plain choices, each standing for a different category of the vocabulary', () => {
    expect(CHILD_CATEGORY_CHOICES).toHaveLength(8);
    const categories = CHILD_CATEGORY_CHOICES.map((c) => c.category);
    expect(new Set(categories).size).toBe(8);
    for (const c of categories) expect(CATEGORIES).toContain(c);
  });

  it('maps the child words the issue names onto the categories staff work with', () => {
    expect(categoryOfChildChoice('hurtBody')).toBe('physical_abuse');
    expect(categoryOfChildChoice('touching')).toBe('sexual_abuse');
    expect(categoryOfChildChoice('work')).toBe('child_labour');
    expect(categoryOfChildChoice('online')).toBe('online_abuse');
    expect(categoryOfChildChoice('notSafeHome')).toBe('domestic_violence');
    expect(categoryOfChildChoice('marriage')).toBe('child_marriage');
    expect(categoryOfChildChoice('lost')).toBe('missing_or_separated');
    expect(categoryOfChildChoice('somethingElse')).toBe('other');
  });

  it('finds the child choice back from a category, and none for a category only the adult list has', () => {
    expect(childChoiceOf('sexual_abuse')).toBe('touching');
    expect(childChoiceOf('begging')).toBeNull();
    expect(childChoiceOf(undefined)).toBeNull();
  });

  it('has every choice worded in English, Urdu and Pashto, with a picture that exists', () => {
    for (const { id, icon } of CHILD_CATEGORY_CHOICES) {
      expect(en.childCategory[id]).toBeTruthy();
      expect(ur.childCategory[id]).toMatch(/[\u0600-\u06FF]/);
      expect(ps.childCategory[id]).toMatch(/[\u0600-\u06FF]/);
      expect(ICONS).toHaveProperty(icon);
    }
  });
});
