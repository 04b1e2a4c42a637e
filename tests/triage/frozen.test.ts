// Every held-out part was frozen before the rule changes of its round (tests/triage/README.md). Its figures mean
// something only while it stays exactly as frozen: editing a report or a label, or adding one, fails this test.
// Parts 1 and 2 have since become development data; their files stay frozen all the same.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_LANGS, type CorpusLang, type LabelledSet, loadLabelled, PARTS } from './labelled.ts';

interface FrozenPart {
  set: LabelledSet;
  /** When and from what it was frozen. */
  frozen: string;
  /** At least this many reports in all, and this many in each script listed. */
  atLeast: number;
  perScript: { n: number; scripts: readonly CorpusLang[] };
  sha256: Record<string, string>;
}

const ALL_BUT_MIXED = CORPUS_LANGS.filter((l) => l !== 'mx');

const FROZEN: readonly FrozenPart[] = [
  {
    set: 'heldout',
    frozen: '2026-11-26, commit b803834',
    atLeast: 200,
    perScript: { n: 0, scripts: [] },
    sha256: {
      'en.psv': '2762ead00326769b01d776d753ab5c41815f8e4bdc5a863295543617f6509630',
      'mx.psv': '5e1c68aa479dda46ea424771ad82f8a8d72ccd4721487d80ffa392d8da515987',
      'ps.psv': '8a470a6e6896110a6931f34f370ebbb92df31f448e0c5e4a04dcc01b4c0d3744',
      'ro.psv': '375d52338caae1b987400ded136105b9c8d12f8158d30674c573777ec1c852c9',
      'rp.psv': '624532d4fe17bd4beed44b82cf97dfa45d45c217b194ec845b8415f0498015fe',
      'ur.psv': '9fcd24ec1868316cae98913eac87629b5610865f9a35a4ed777b0b623e7f1d00',
    },
  },
  {
    set: 'heldout2',
    frozen: '2026-11-26 11:31 UTC, commit 4ceb326, before the round-2 rules',
    atLeast: 200,
    perScript: { n: 20, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': '48b4a3e8bfb38a7fbcb244eb20cf0dea4630bd9df5998505466b4a5e1702ff03',
      'mx.psv': '2517bfb39df7950ac6bfaf8bbfc44aedc80d5c049b1fb1a87dff8ff3afc454b6',
      'ps.psv': '1169c9f89d7942af9fc4d907a69004ccb09f00782ffdc2ba88814d653d4e469e',
      'ro.psv': '57e4d82780eba32bd0c927f51f615d2219159d2ebfb42d515a74624e6738e4e0',
      'rp.psv': 'c708c61a5396e02cf1af0e14102885541ba209d4a9f0c11052a1f4efd9ff39cc',
      'ur.psv': '29b1ca42f948bf4b2ed9367947e35d921d88fc7032943697bee81da96f28d708',
    },
  },
  {
    // Two writers (f1, f2) who saw only POLICY.md and their personas.
    set: 'heldout3',
    frozen: '2026-12-06, writers f1 and f2, before the round-3 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': 'be6e0d067d08afce2d5f973f17189ae26b0000711448ac74fe8a378a9e65c8e4',
      'mx.psv': '3260c09a9e998f36f224e648ca561d7344211703d12d758089bc6a5534e69417',
      'ps.psv': '265ef4edde9f5ae9ac9e98ec06f34e31f1e1fd8d1e81d4ccd004093c8f60f98b',
      'ro.psv': '46f29b9a9529d0961fb58628dc623c5f94bacf1d0dae29515ce2ede311475be1',
      'rp.psv': '91fcf04f1fd5e5c45a28b5e7ab9d5b1a563ade74db3bbff4ed7add4863ff3890',
      'ur.psv': '4473ca25b270098214a5b270fc474a28da307c1748ca7094e3a70b58ec22ad71',
    },
  },
  {
    // Four writers (h1–h4) who saw only the labelling policy, the file format and a persona list.
    set: 'heldout4',
    frozen: '2026-12-07, writers h1–h4, before the round-6 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '263e8821fcc53057532476739580126c08422d6c74e36e67c3094db1b1ead58f',
      'mx.psv': '952c1778f60211af250522fe6292ccfb975a994492cfca21dd05b9891e271c0a',
      'ps.psv': 'd581eac40a6be62af9a30d663b0d03964b671e9a11c63596c970fbe7dad1f42d',
      'ro.psv': '85767891896493f62eaef81f4f17f1c6f1bc92cb46ef718ba293159371f70777',
      'rp.psv': '1447a7d0ea42a5371a2161a70652cd8fbbc0db2e4a44700b0ecc156d22e7be27',
      'ur.psv': '2a64e0ae9346d7a4acb3cd8d346e2640eb491e7e491e3ce5e094aa011da5adb7',
    },
  },
  {
    // Four more writers (h5–h8), same brief.
    set: 'heldout5',
    frozen: '2026-12-07 08:26 UTC, writers h5–h8, before the round-7 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '87e54b5cfcdb109cb17060dcb3726feba04dbf4e7428853edc19550e1c32032f',
      'mx.psv': '09aaaf9bbc522fcf5efcfbada69f9f5da5f594c0b04e5c71c080f440a197ac45',
      'ps.psv': 'c0824c1ab9863b5fefa6aca9b5eb4ec753a58779bfded6a40f10dcc009a557c3',
      'ro.psv': '7338052b977f34b7bd94531df2418deb660700f22501137c403fa6cb51440787',
      'rp.psv': '53465abb4b86e98245e391679f9c7d2fc3db45a51058aecbef13fc234834f4b2',
      'ur.psv': '9a516e50e4706db1280d88657423e1f821034228cfff20864bc33c05615acfe8',
    },
  },
  {
    // Four more writers (h9–h12), same brief, new personas.
    set: 'heldout6',
    frozen: '2026-12-07 11:59 UTC, writers h9–h12, before the round-8 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '3d6032be380c2954284201da071590622e2c2a5f3570ba946caa285ea8c74a75',
      'mx.psv': 'e0be51bdef40297ead156edd0cd82bd4b217ad5b66dc28f4b68fc7ea7f816590',
      'ps.psv': '2e2323fdd7c2bd5eeb72d98b225cb6ba16b6d6c46e1a5350bb77e89cb8d128f6',
      'ro.psv': 'c52674907e632c2d392b3d503eac17f7361e845c82c1dd08dc7b1742f1d41a55',
      'rp.psv': '3994b5130cdd16bf3e4547e713dbec38df2eb1a68445cb8f4f52b90a2eb2de19',
      'ur.psv': 'fbd23707c209faa4d9baf482c23bc036d864592499c81e6aadd5e0382f609836',
    },
  },
  {
    // dev5 (writers d7–d10): run once unread beside part 6, then development data; its files stay as written too.
    set: 'dev5',
    frozen: '2026-12-07 11:59 UTC, writers d7–d10, imported with part 6',
    atLeast: 500,
    perScript: { n: 50, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': '4760b7effe1bfd62a397ed49bce70fb0cab9cd837a86106dfc364487f4576b14',
      'mx.psv': 'ac119f775e78737654c01fd9919c73bf21de12632eeb38e1a2b597cd0afa734d',
      'ps.psv': 'ae7a6200169d0073e3aff46bfc3e3465b1c71d874e01ec739aea9d1dbb3fd99b',
      'ro.psv': '8c7054322a4e602dbdfe3f1f8dd91c4fce94c71a0c14ba5ba904f76b4c470fe1',
      'rp.psv': '484699db65587e9574e9e19bd3956dde42669a8f4fc84773a7e347e71ee7a15b',
      'ur.psv': '2aaddc12a0a11c57e564884e2926f80c0f901bccd0f5652eafd453f5886a5bc0',
    },
  },
  {
    // dev6 (writers d11–d14): run once unread on the first round-8 rules, then development data.
    set: 'dev6',
    frozen: '2026-12-07 12:37 UTC, writers d11–d14',
    atLeast: 500,
    perScript: { n: 40, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': 'bac189c5a83d7b40d5b0d654ae3105215058a0bb271e53afa9a23e8608aca127',
      'mx.psv': '27020b275f3b40bded91f8580031cbb90514198740631fcba6bd63b9ce9d2d07',
      'ps.psv': '5771f303607a2a7d3e4c89e54a14062f8aacea2555ba8ac7c9347d8302c8850b',
      'ro.psv': '6340ef43b000d7d6b0db9dcd33f9c0b57cfc22343b7d3e6ef892d3aeae8a65eb',
      'rp.psv': '7de3e6995fef61101967658a1d6841d27a9898ae5221bcbe63d4a3f51479d402',
      'ur.psv': 'afe0dbdcc3f0f7443beec721d69e9ff0f28cca27c3e2574e167a5a4743ea3ece',
    },
  },
  {
    // Four more writers (h13–h16), written after round 8's rules were settled and frozen before any later change.
    set: 'heldout7',
    frozen: '2026-12-07 12:56 UTC, writers h13–h16, after the round-8 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '19b197bc237abd9ff256067fb7eaf728730d32cbcfd1282f6578ffe495514e77',
      'mx.psv': '49a77ea5b9cafa2ed13e5bde7e95f074642bff84d85858512bf761f5a500b241',
      'ps.psv': '57b5d7b3c70c953167a94bd42b521f2a0c298d81a2db62ee7accf827c0229d5c',
      'ro.psv': 'f6a6cc82ce8957c7cd0234f05ec0ccc983facf70a848cd941aaeea2a34bdb8bf',
      'rp.psv': 'eb5df5c6fe4a3e1f8e3a17440c730d742d1ef9cd48f31c9c41608dc78ba1efde',
      'ur.psv': 'ef26baa38a28f18e1ecaf3e019760c5dd0bf0442b572d0246611007a78c491fe',
    },
  },
  {
    // dev7 (writers d15–d18), written with part 7; unread until the next round joins it to development.
    set: 'dev7',
    frozen: '2026-12-07 12:57 UTC, writers d15–d18, after the round-8 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': '6749085839c66af0515ab1d7b61cc1a31848eb7adacd24efc75b311d92794bfc',
      'mx.psv': 'c26dc93b44687930c1c6a2e62c43f776967ac56deb4ce4546ca771c15351d849',
      'ps.psv': '1d2250611d8b927362a4b8f71d620d959407f5025a0c67fb96631b54ffc489b6',
      'ro.psv': 'd595fa555ed61d6efc386a3e162920e8b55d0bc04bd5f6f59c60fd124549422b',
      'rp.psv': 'c470040b26940b878b8490eaef1858165909e501f02720b5aa6e7e1aa61456ad',
      'ur.psv': 'de8908f304c95592ccd73fe3098b0901c98e2864f1296b8645b91cab6fafec2e',
    },
  },
  {
    // Four more writers (h17–h20), same brief (its text is tests/triage/writers/WRITER-BRIEF.md), frozen before any round-9 change.
    set: 'heldout8',
    frozen: '2026-12-07 15:31 UTC, writers h17–h20, before the round-9 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '1078017ea43f108ef9a35dabbc02f4bac84db7c3de9359965aee93d6a4f84822',
      'mx.psv': 'e062b21072a92f6a41c68b8f0b7b72b15aeea5642381da71a8f9d660b632d13d',
      'ps.psv': 'dc9aa88fabdfed03ffaa979ad298ceda4393337cba9d1e64af87ef73fe1310e0',
      'ro.psv': '523c1ac8c65d3783f3049b25ae31fd8239411a1b2f738cfc97f785b80747f176',
      'rp.psv': 'f1e2fbd676cf557d3e0d9a2cea0d6c602364950515a886af734779e9d7507912',
      'ur.psv': '7f6c0d86a06a88add3cfa0d58f6b0ea2947d03a5b77e60596b72ed0c3f4b25df',
    },
  },
  {
    // dev8 (writers d19–d22), written with part 8; unread until round 9 runs it once.
    set: 'dev8',
    frozen: '2026-12-07 15:31 UTC, writers d19–d22, before the round-9 rules',
    atLeast: 500,
    perScript: { n: 40, scripts: CORPUS_LANGS },
    sha256: {
      'en.psv': '18bae1c5cb4832ffc970d4889334739b9274bc023fedb859a239a0163f6fef2f',
      'mx.psv': '723b58cc06a93d141abec61859449575ec3b29855f6b1eee3767de3743f3ae7d',
      'ps.psv': '8f4b05fa11a62fc3e603fa0f4027dc4758d1144452f8415ebf05c6543134b237',
      'ro.psv': 'c6aa88656eddfe3f21390ace7ea93773495a9316df59c0c553cf422650099856',
      'rp.psv': 'c75e9a13fc6cc95f9c0758522cdc6e0bbd7ba02ce6514f35e103b3072b6032f1',
      'ur.psv': '3f9da26d0e3afa3f8e45391901142e8cecf0483c23eba43e9442203a2947e4a7',
    },
  },
  {
    // Four more writers (h21–h24), written after round 9's rules were settled and frozen before any later change.
    set: 'heldout9',
    frozen: '2026-12-07 16:20 UTC, writers h21–h24, after the round-9 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '4a1ef054d77b0991f2e2a6e182a5c4918ec5651bb46b8c0b5b3456ebbfa134f3',
      'mx.psv': '52caf1cab02bc0af7023ba76a5f76db22b564aac606b6ac004b03de4b0bf82f5',
      'ps.psv': '8cc8602c1f049feccc29983ea0bcd554eb753d5a2f3eb7592c95d452660bd3ef',
      'ro.psv': '13c852d6f1fd23d1449ff9292973cb92f5079deffe25e3783d32fc54d8623aab',
      'rp.psv': 'a755a1665b5dd3d030ba41660e85977349ab5e49d22eef1aec94173b685d4062',
      'ur.psv': '136055df7d00e8d69dfa3132afcefb8545b1c35a321517a1e8554cc2b3814b4a',
    },
  },
  {
    // Four more writers (h25–h28), frozen before any round-10 rule change.
    set: 'heldout10',
    frozen: '2026-12-07 18:25 UTC, writers h25–h28, before round 10',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': 'ed8c73270236dced49eccf100f81409bfe6e39e25a617011f1038d5a6ae5e1d0',
      'mx.psv': 'ca783534d1b528e204b086c8d109711f1c50d5fa5fe55e29b1243fc96ee33545',
      'ps.psv': '68884e16ea7de5f2ffd4925256654a4015578f1f135eb77c8011de0aaa36095d',
      'ro.psv': '9d33ef96d005d8caa6e32e971fb912777a5346da12e69ab449d23efe62eac8dd',
      'rp.psv': '46e6a7c38ce8efe3cd0f901f5806c00205665c47b0c77badaa1586dcd4d93f5b',
      'ur.psv': '6bbf7275dbaa509863f6bcd80f7c9285026f174628e7aaf8f89878628745befb',
    },
  },
  {
    // Four more writers (h29–h32), written after round 10's rules were settled and frozen before any later change.
    set: 'heldout11',
    frozen: '2026-12-08 00:39 UTC, writers h29–h32, after the round-10 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': 'bc8151a182f8103a125377bc9ca1cc2c5ba284c109879468b7ca1edb9429fdab',
      'mx.psv': '54bba0ec16e3eb84e1d1bc870d519d901498d4ddd7ec5c13436e5249d782e41d',
      'ps.psv': 'c70ec76ea401153f4242718f1b136d1922cc82310df8c38c6de6c0d9f82e8f93',
      'ro.psv': '928b8e5486a925263aac2b555bafb1fb20603dccf13ecfdda90459ae72d67727',
      'rp.psv': '6b55c02e65991b92cb732b2b885d0de636bf03b20cb17d71c5b20b258f3e2b23',
      'ur.psv': 'f9abf7a5daa9ecccf22aa5f08c704654f7e91a63132d0e21958ed60000e98dc9',
    },
  },
  {
    // Four more writers (h33–h36), frozen unread after round 11's rules.
    set: 'heldout12',
    frozen: '2026-12-08 01:30 UTC, writers h33–h36, after the round-11 rules',
    atLeast: 500,
    perScript: { n: 50, scripts: ALL_BUT_MIXED },
    sha256: {
      'en.psv': '86f9c0a303f72696341e09fc312cca5e10d1a895507e75a79e794c1c631367f7',
      'mx.psv': 'aa23afbe0ae8b88e4d376571194d5085f1e3bfdb0d8b2e32a332813edf8a3db3',
      'ps.psv': 'c65115c6e39fdc72a0f2193f7531764236fe574f4f59442c3419e59fe3f4187c',
      'ro.psv': 'e5308fbf130ce3444d29afc7adda883a77fc0fe6fb22ae50f6635ea653a75335',
      'rp.psv': '01feabc67a267f553cd05a87c65c74daaddc245d944fa40ca42cf275b11bdd44',
      'ur.psv': '157877b9712af92fd760255766e2083c9cef40a175627f03675e0a71eb7ac6ff',
    },
  },
];

const sha256 = (url: URL) => createHash('sha256').update(readFileSync(url)).digest('hex');
// Every set's report ids, read once for all the parts' checks.
const IDS = new Map([...new Set(PARTS.flatMap((p) => p.sets))].map((s) => [s, loadLabelled(s).map((e) => e.id)]));

for (const part of FROZEN) {
  describe(`${part.set} (frozen ${part.frozen})`, () => {
    const folder = new URL(`./${part.set}/`, import.meta.url);

    it('holds exactly the frozen files, byte for byte', () => {
      expect(readdirSync(folder).sort()).toEqual(Object.keys(part.sha256).sort());
      for (const [file, sha] of Object.entries(part.sha256)) expect(sha256(new URL(file, folder)), file).toBe(sha);
    });

    it(`has at least ${part.atLeast} reports (${part.perScript.n} in ${part.perScript.scripts.join(' ') || 'any script'}), no id shared with another set`, () => {
      const held = loadLabelled(part.set);
      expect(held.length).toBeGreaterThanOrEqual(part.atLeast);
      for (const lang of part.perScript.scripts)
        expect(held.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(part.perScript.n);
      const otherIds = new Set([...IDS].filter(([s]) => s !== part.set).flatMap(([, ids]) => ids));
      expect(held.filter((e) => otherIds.has(e.id)).map((e) => e.id)).toEqual([]);
    });
  });
}

it('every frozen part the bench reports on is checked here', () => {
  const checked = new Set(FROZEN.map((p) => p.set));
  expect(PARTS.filter((p) => p.frozen).flatMap((p) => p.sets.filter((s) => !checked.has(s)))).toEqual([]);
});
