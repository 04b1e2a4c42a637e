// What the concept lexicons (concepts.yaml) found in a report's text, read as harms, their time, the child's
// vulnerability and whether the text asks for information about no child in particular. Pure; triage.ts combines
// the reading into a priority (`conceptPriority`).

import type { ReportInput } from '../schemas.ts';
import { agesText, agesUnder18, youngChild } from './ages.ts';
import { splitTonight } from './reading.ts';
import type { CompiledRules, HarmId, VulnerabilityId } from './rules.ts';

/** The text places what it tells only far in time: no word of now, tonight, days ahead, a handover, "every night",
 *  "since" (locked in since last week is locked in now) or yesterday / last night ("her husband died two years ago;
 *  last night he beat the boy"). */
export const farOnly = (c: Timing) => !!c.far && !nearInTime(c);

/** The text has a word of time that places its harm now or near: now, tonight or soon, a handover, "every night",
 *  "since", yesterday or last night ("tonight" is also `soon`). */
export const nearInTime = (c: Timing) => !!(c.now || c.soon || c.handover || c.habitual || c.since || c.recent);

/** The one who did it is no longer near the child, and no word that he still lives with her, comes back or will
 *  come tonight. Round 10: a harm told as now or every night, with no word placing it weeks or years back, is not
 *  past: "my father is in Dubai; my uncle comes every night" names the carer away, not the abuser gone. Sexual harm
 *  is then held back (POLICY.md P2); an injury told as past too ("the arm is in plaster now, his father has gone to
 *  Saudi": healing, not ongoing). */
export const abuserGone = (c: ConceptReading) => !!c.gone && !c.access && !c.tonight && !c.handover && (!(c.habitual || c.now) || !!c.far);
export const pastAndGone = (c: ConceptReading) => abuserGone(c) && !!(c.far || c.past) && !c.soon && !c.recent;
/** The harms an absent abuser holds back when told as past: the injury itself, not a child's situation (alone,
 *  locked in, hungry), which does not end when he leaves. */
export const GONE_HELD = new Set<HarmId>(['injury', 'burn']);

/** The words that showed immediacy, by kind (concepts.yaml `immediacy`). */
export type Timing = Pick<
  ConceptReading,
  'now' | 'tonight' | 'soon' | 'handover' | 'habitual' | 'since' | 'past' | 'access' | 'far' | 'recent' | 'gone'
>;

/** What the concept lexicons (concepts.yaml) found in a report's text. */
export interface ConceptReading {
  harms: HarmId[];
  /** The harms read only from several weaker cues together (composites): their reasons say "may point to". */
  inferred: HarmId[];
  violence: boolean;
  /** The words that showed immediacy, by kind. */
  now?: string;
  tonight?: string;
  soon?: string;
  /** "They are coming to take her": immediacy for a sale only. */
  handover?: string;
  habitual?: string;
  since?: string;
  past?: string;
  /** The abuser lives with or near the child ("staying with us", "usi ghar me"): sexual harm only. */
  access?: string;
  /** Weeks, months or years before or ahead ("last month", "bal kaal"): see `farOnly`. */
  far?: string;
  /** Yesterday, last night, this morning: not far in time, though no harm is urgent by it alone. */
  recent?: string;
  /** The one who did it is no longer near the child (moved away, left the job, in jail): see `abuserGone`. */
  gone?: string;
  /** A shaking or throwing word: P1 on a baby. */
  shaken: boolean;
  vulnerable: VulnerabilityId[];
  /** The text gives a child's age (under 18): "a 14 year old girl", "سولہ سالہ", "15 kalana". */
  aged: boolean;
  /** The child works in someone's house (the `domestic-labour` composite's worker words: a maid, a begum sahiba). */
  domestic: boolean;
  /** A question or information topic with no specific child (and not a child's own account of harm). */
  infoRequest: boolean;
  /** Round 11: a question about teaching children, the writer's word that there is no case, or bringing up a child
   *  without hitting: a request for information even under a category the form raised and with an age band on it. */
  lesson: boolean;
}

export function readConcepts(
  found: Map<string, string>,
  r: CompiledRules,
  input: Pick<ReportInput, 'reporter' | 'child'>,
  text: string,
  raw: string,
): ConceptReading {
  // Only a report with both a day word and a night word somewhere is read sentence by sentence.
  const split = found.has('split:day') && found.has('split:night') && splitTonight(raw, r, text);
  const tonight = found.get('imm:tonight') ?? (split ? 'day … night' : undefined);
  const timing: Timing = {
    now: found.get('imm:now'),
    tonight,
    soon: found.get('imm:soon') ?? tonight,
    handover: found.get('imm:handover'),
    habitual: found.get('imm:habitual'),
    since: found.get('imm:since'),
    past: found.get('imm:past'),
    access: found.get('imm:access'),
    far: found.get('imm:far'),
    recent: found.get('imm:recent'),
    gone: found.get('imm:gone'),
  };
  const named = (id: HarmId) => {
    const h = r.concepts.harms[id];
    return found.has(`harm:${id}`) || (!!h.weak && found.has(`harm:${id}:weak`) && !h.weak.explainedBy.some((k) => found.has(k)));
  };
  const harms = (Object.keys(r.concepts.harms) as HarmId[]).filter(
    (id) => named(id) && (r.concepts.harms[id].alsoNeeds ?? []).every((_, i) => found.has(`harm:${id}:${i}`)),
  );
  // Weaker cues together (things given away + a goodbye; a bed or room + "don't tell"): the harm, as if named.
  const inferred: HarmId[] = [];
  r.concepts.composites.forEach((c, i) => {
    if (harms.includes(c.harm)) return;
    const explained = (name: string) => (c.explainedBy?.[name] ?? []).some((k) => found.has(k));
    const met = Object.keys(c.groups).filter((name) => found.has(`comp:${i}:${name}`) && !explained(name)).length;
    if (met >= c.need) {
      harms.push(c.harm);
      inferred.push(c.harm);
    }
  });
  // Round 11: with an advance or a debt that keeps the child working, "cannot leave until it is paid" is the bond
  // (bonded labour, POLICY.md P2), unless a lock, a chain, a rope or a room holds the child (concepts.yaml `restraint`).
  if (harms.includes('confinement') && found.has('signal:bonded-labour') && !found.has('restraint'))
    harms.splice(harms.indexOf('confinement'), 1);
  const vulnerable = (Object.keys(r.concepts.vulnerability) as VulnerabilityId[]).filter((id) => found.has(`vul:${id}`));
  const ages = agesText(raw);
  if (!vulnerable.includes('baby') && (input.child.ageBand === '0-4' || youngChild(ages))) vulnerable.push('baby');
  const aged = agesUnder18(ages).length > 0;
  const violence = found.has('violence');
  const domestic = r.concepts.composites.some((c, i) => c.harm === 'domestic-labour' && found.has(`comp:${i}:worker`));
  // A question about no specific child. When the text describes a harm, only general framing makes it a question:
  // a topic ("law", "saza", "policy") or a condition ("if a child", "agar") — "a girl is locked in a room, what should
  // I do?" is a report. Urdu yes/no questions open with کیا / kya; elsewhere کیا ہے is "has done", not "what is".
  const asks = found.has('info:question') || /[?؟]/.test(raw) || /^(?:کیا|kya) /u.test(text);
  // Research, statistics, the news: a question about children in general whoever ticked the form, also "self".
  const research = found.has('info:research');
  const general = research || found.has('info:topic') || found.has('info:frame') || found.has('info:conditional');
  // A serious signal of rules.yaml (a child marriage, bonded labour, a missing child: P2 or higher) tells a harm as a
  // concept does: "my cousin's marriage is fixed after the harvest, can someone talk to her father?" is a report.
  const seriousSignal = r.signals.some(
    (s) =>
      (s.priority === 'P1' || s.priority === 'P2') &&
      found.has(`signal:${s.id}`) &&
      s.alsoNeeds.every((_, i) => found.has(`signal:${s.id}:${i}`)),
  );
  const describesHarm = harms.length > 0 || violence;
  // Any signal of rules.yaml in a child's own words is her account ("I sell newspapers at 4 in the morning, can someone
  // help me study?"), unless she frames it as law or advice in general ("is beating in a madrassa against the law?").
  const anySignal = r.signals.some((s) => found.has(`signal:${s.id}`));
  // Pronouns (he, her, usko) point at a real child, except after a condition about any child ("if a student…"), or
  // in a general question that tells a past event only as its reason ("last year a boy in our village killed himself;
  // his brother is in our school now. Is there a guide?", POLICY.md P4).
  // Teaching children, or material for it (round 9): "how do I explain good touch and bad touch to them?"
  const teach = found.has('info:teach');
  const specific =
    found.has('specific') ||
    (found.has('specific:weak') && !found.has('info:conditional') && !((farOnly(timing) || research || teach) && general));
  // A question about one's own child that tells no harm, framed as law, signs or advice, is still a question ("my son of
  // 14 helps me in the fields after school: is it against the law?").
  // Round 11: a carer asking how to bring up a child without hitting (rules.yaml `advice.strongTerms` and a way asked for,
  // `info.how`), with no harm but the hitting asked about and nothing near in time ("my son of 3 is stubborn; how do I
  // correct him without hitting?").
  // Whether a word places the text now or near (now, tonight, days ahead, every night, since, yesterday).
  const near = nearInTime(timing);
  const gentle = found.has('advice:strong') && found.has('info:how') && harms.length === 0 && !near;
  // Round 11: or about teaching one's own child ("how do I talk to my son of 6 about bad touch?"), with nothing near in
  // time: "how do I explain to her? he comes every night" is a report.
  const ownChildQuestion = specific && asks && (general || (teach && !near) || gentle) && (!describesHarm || gentle) && !seriousSignal;
  // Round 11: the writer's own word that this is no case and no child is at risk, with a question and nothing near in
  // time (concepts.yaml `info.disclaim`).
  const disclaimed = found.has('info:disclaim') && asks && !near;
  // Round 11: or that a matter told only far back is over and the child well, in a question of law, services or
  // material ("two years ago a teacher beat my niece; she is fine now. Which law forbids it, where do we complain?").
  const resolved =
    found.has('info:resolved') &&
    asks &&
    farOnly(timing) &&
    (found.has('info:topic') || found.has('info:research') || found.has('info:teach'));
  const infoRequest =
    (!specific || ownChildQuestion || disclaimed || resolved) &&
    !found.has('imm:now') &&
    !tonight &&
    !(input.reporter === 'self' && !disclaimed && !resolved && ((describesHarm && !research) || (anySignal && !general))) &&
    (asks || found.has('info:topic') || research) &&
    // Adding a harm to a text can only take it out of "information request", never into it: text only raises.
    // A general framing makes a question of a text that tells a harm, but not when the text gives the child's age ("a
    // 14 year old girl's nikah is fixed … how can we stop it legally?" is a report about her).
    // Round 9: ages in a question about teaching children ("how do I explain good touch and bad touch to my children of
    // 5 and 8?"), or in a student's assignment with nothing due soon ("if someone marries a girl of 15, what is the
    // punishment?"), do not make it a report.
    // Round 10: or in a condition about any child with nothing near in time ("if a girl of 13 comes for a pregnancy
    // test, what should a pharmacist do?").
    (!(describesHarm || seriousSignal) ||
      disclaimed ||
      resolved ||
      (gentle && !seriousSignal) ||
      (general &&
        (!aged ||
          teach ||
          (found.has('info:agelaw') && !specific && !near) ||
          (research && !timing.soon) ||
          (found.has('info:conditional') && !near))));
  return {
    harms,
    inferred,
    violence,
    ...timing,
    shaken: found.has('violence:baby'),
    vulnerable,
    aged,
    domestic,
    infoRequest,
    // A lesson is about what may happen: a text that tells of something last year or of a man gone is a report of it.
    // Nor is a text with a word of now, tonight, days ahead or every night (disclaimed and gentle already need none).
    lesson: infoRequest && (disclaimed || ((teach || gentle) && !timing.far && !timing.gone && !near)),
  };
}
