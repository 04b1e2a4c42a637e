// Alerts tell reasons in words made from their ids (issue #27): every id triage can give has words in every language,
// none is the code itself, and a harm read only from cues stays "signs that may point to" in an alert too.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/languages.ts';
import { RISK_IDS } from '../../domain/risks.ts';
import { reasonWords } from './reason-words.ts';
import { loadRules } from './rules.ts';
import { triage } from './triage.ts';

describe('reasons in words', () => {
  it('tells every rule, concept, risk and alert id in words, in every language, never as the code', () => {
    const r = loadRules();
    const ids = [
      ...r.structured.map((s) => s.id),
      ...r.signals.map((s) => s.id),
      r.advice.id,
      ...Object.keys(r.concepts.harms).flatMap((h) => [
        `concept:${h}`,
        `concept:${h}+habitual`,
        `concept:${h}~signs+soon`,
        `concept:${h}+baby`,
      ]),
      'concept:sexual+self',
      'concept:shaken+baby',
      'concept:violence+now',
      'concept:violence+custody',
      'concept:violence+worker',
      ...RISK_IDS.flatMap((id) => [`risk:${id}`, `risk-unsure:${id}`]),
      'immediate-danger',
      'category:neglect',
      'model:emergency',
      'model:urgent',
      'unscreened',
      'review_overdue',
      'harm',
    ];
    for (const lang of LANGS)
      for (const id of ids) {
        const words = reasonWords(id, lang);
        expect(words, `${lang} ${id}`).toMatch(/\S{2,}/);
        expect(words, `${lang} ${id}`).not.toMatch(/concept:|risk:|\{\{|triage\.|[a-z]+[:+~][a-z]/);
      }
  });

  it('says the harm, its time and whether the text names it', () => {
    expect(reasonWords('concept:sexual+habitual', 'en')).toBe(
      'sexual abuse, happening again and again (every night, whenever the carer is away)',
    );
    expect(reasonWords('concept:sexual~signs+habitual', 'en')).toMatch(/^signs that may point to sexual abuse, happening again/);
    expect(reasonWords('concept:confinement', 'ur')).toBe('بچے کو بند کرنا یا باندھنا');
    expect(reasonWords('something-new', 'en')).toBe('another triage rule');
  });

  it('a triaged report of veiled cues carries the ~signs marker its alert reads', () => {
    const t = triage(
      {
        immediateDanger: false,
        category: 'other',
        reporter: 'parent_or_carer',
        child: { ageBand: '5-9', gender: 'unknown' },
        description: 'my daughter says the neighbour takes her to his room and says it is their secret, she goes there every evening',
      },
      0,
    );
    const id = t.reasons.find((x) => x.id.startsWith('concept:sexual'))!.id;
    expect(id).toMatch(/^concept:sexual~signs/);
    expect(reasonWords(id, 'en')).toMatch(/^signs that may point to sexual abuse/);
  });
});
