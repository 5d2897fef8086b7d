import {
  bundleSchema,
  type Bundle,
  type Paragraph,
  type Speaker,
} from '../../../src/bundle/schema.ts';

/**
 * The seed article with speakers and quotations added by hand, the way the attribution step will
 * mark them: until it lands the seed bundle has none, and the reader's speaker features need some.
 */

const speakers: Speaker[] = [
  {
    id: 'perwakilan-korea-utara',
    name: 'Perwakilan Korea Utara',
    nameGloss: 'North Korean representative',
    role: 'delegasi di PBB',
    roleGloss: 'delegate at the UN',
    aliases: ['perwakilan tersebut'],
  },
  {
    id: 'badan-mata-mata-seoul',
    name: 'Badan mata-mata Seoul',
    nameGloss: "Seoul's spy agency",
    aliases: [],
  },
  {
    id: 'robert-wood',
    name: 'Robert Wood',
    role: 'duta besar AS untuk PBB',
    roleGloss: 'US ambassador to the UN',
    aliases: ['Wood'],
  },
  {
    id: 'dewan-keamanan-nasional',
    name: 'Dewan Keamanan Nasional',
    nameGloss: 'National Security Council',
    role: 'Korea Selatan',
    roleGloss: 'South Korea',
    aliases: [],
  },
  {
    id: 'pemerintah-korea-selatan',
    name: 'Pemerintah Korea Selatan',
    nameGloss: 'South Korean government',
    aliases: ['Pemerintah'],
  },
];

/** The span of the n-th "…" in a text, marks included. */
function quoted(text: string, n = 0): { start: number; end: number } {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf('"', from);
    const end = text.indexOf('"', start + 1) + 1;
    if (start === -1 || end === 0) throw new Error(`no quotation ${n} in: ${text}`);
    if (i === n) return { start, end };
    from = end;
  }
}

function phrase(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" not in: ${text}`);
  return { start, end: start + words.length };
}

type Marking = {
  speaker: string;
  kind: 'direct' | 'indirect';
  text: (text: string) => { start: number; end: number };
  gloss: (gloss: string) => { start: number; end: number };
};

const direct = (speaker: string): Marking => ({
  speaker,
  kind: 'direct',
  text: (t) => quoted(t),
  gloss: (g) => quoted(g),
});

const markings: Record<string, Marking[]> = {
  'pbb-korea-utara-tidak': [direct('perwakilan-korea-utara')],
  'jumat-lalu-badan-mata': [
    {
      speaker: 'badan-mata-mata-seoul',
      kind: 'indirect',
      text: (t) =>
        phrase(t, 'Pyongyang mengirim pasukan "berskala besar" untuk membantu sekutunya'),
      gloss: (g) => phrase(g, 'Pyongyang had sent a "large-scale" force to help its ally'),
    },
  ],
  'mengenai-apa-yang-disebut': [direct('perwakilan-korea-utara')],
  'klaim-seoul-tersebut-ditujukan': [direct('perwakilan-korea-utara')],
  'kami-telah-melihat-laporan': [direct('robert-wood')],
  'jika-benar-ini-menandai': [direct('robert-wood')],
  'pemerintah-korea-selatan-mengutuk': [direct('pemerintah-korea-selatan')],
  'korea-utara-yang-telah': [direct('dewan-keamanan-nasional')],
  'pemerintah-mendesak-penarikan-segera': [direct('pemerintah-korea-selatan')],
  'menanggapi-kemajuan-kerja-sama': [direct('pemerintah-korea-selatan')],
};

function mark(paragraph: Paragraph): Paragraph {
  const marks = markings[paragraph.id];
  if (!marks) return { ...paragraph, quotes: [] };
  const gloss = paragraph.gloss ?? '';
  return {
    ...paragraph,
    quotes: marks.map((m) => ({
      ...m.text(paragraph.text),
      speaker: m.speaker,
      kind: m.kind,
      gloss: m.gloss(gloss),
    })),
  };
}

/** The seed bundle with speakers, quotations and a source; validated like any bundle. */
export function withSpeakers(seed: Bundle): Bundle {
  return bundleSchema.parse({
    ...seed,
    source: { name: 'Kompas.com', url: 'https://www.kompas.com/', published: '2024-10-22' },
    speakers,
    sections: seed.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map(mark),
    })),
  });
}

export const speakerIds = speakers.map((speaker) => speaker.id);
