import { describe, expect, it } from 'vitest';
import { fingerprint, jaccard, jaccardPacked, packFingerprint } from './fingerprint.ts';

const fakeMac = (v: string) => {
  let h = 2166136261;
  for (const c of v) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
};

describe('packed fingerprints', () => {
  it('score every pair exactly as jaccard() on the hex strings does', () => {
    const texts = [
      'mera beta jumma ki shaam se lapata hai roti lene gaya tha wapas nahi aya',
      'mera beta jumme ki sham se lapata hai roti lene gaya tha abhi tak wapas nahi aya plz madad',
      'a lost girl about five was found crying at the railway station',
      'بچی کئی دن سے بھوکی اسکول آ رہی ہے',
      '',
    ];
    // and generated ones of many lengths
    for (let n = 0; n < 30; n++)
      texts.push(Array.from({ length: 20 + n * 7 }, (_, i) => String.fromCharCode(97 + ((i * 7919 + n * 31) % 26))).join(''));
    const fps = texts.map((t) => fingerprint(t, fakeMac));
    for (const a of fps)
      for (const b of fps) expect(jaccardPacked(packFingerprint(a)!, packFingerprint(b)!)).toBeCloseTo(jaccard(a, b), 12);
  });

  it('sorts and de-duplicates, and refuses what fingerprint() does not make', () => {
    expect([...packFingerprint(['0000000f', '00000001', '0000000f'])!]).toEqual([1, 15]);
    expect(packFingerprint(['xyz'])).toBeNull();
    expect(packFingerprint([42])).toBeNull();
    expect(packFingerprint([])!.length).toBe(0);
  });
});
