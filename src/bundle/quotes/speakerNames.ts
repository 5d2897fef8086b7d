import { slugify } from '../ids.ts';
import type { Speaker } from '../schema.ts';
import type { GlossMention } from './englishAttribution.ts';
import { QUOTE_RULES as R } from './quoteRules.ts';
import { lowerTokens, type Entity } from './speakerClusters.ts';
import type { Mention } from './speakerMentions.ts';

// "Komisi Pemberantasan Korupsi (KPK)", "Jaksa penuntut umum (JPU) pada KPK": the name ends before
// the acronym (kept as an alias) and what is only where the speaker sits.
const TRAILING_ACRONYM = /\s*\([\p{Lu}\p{N}&.\s-]+\)(?:\s+(?:pada|di|dari|untuk)\s.*)?$/u;
/** Speaker ids take this many words of the name at most. */
const ID_MAX_WORDS = 6;

/** What the gloss called a speaker, beside the Indonesian mention of the same quotation. */
export interface GlossNaming {
  gloss: GlossMention;
  mention: Mention | null;
}

function capitalise(text: string): string {
  const first = text.charAt(0);
  // ASCII has one upper case in every language; the locale's rules are asked for the rest only.
  const upper = first < '\u0080' ? first.toUpperCase() : first.toLocaleUpperCase('id');
  return upper + text.slice(1);
}

function wordCount(text: string): number {
  let n = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** The mention that best names an entity: a full name, else the fullest label as written. */
function namingMention(entity: Entity): Mention | undefined {
  let best: Mention | undefined;
  let bestScore = -Infinity;
  entity.mentions.forEach((m, order) => {
    if (m.kind === 'pronoun' || m.kind === 'anaphor') return;
    let score: number;
    if (m.name) score = 1000 + wordCount(m.name) * 10;
    else if (m.kind === 'group') score = 500 + wordCount(m.label) * 10 + m.proper.length * 5;
    else score = 100 + (m.rewritten ? 0 : 200) + m.proper.length * 10 - wordCount(m.label);
    score -= order * 0.01;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  });
  return best;
}

function roleOf(entity: Entity, naming: Mention | undefined, name: string): string | undefined {
  const lowerName = name.toLowerCase();
  if (naming?.role && !lowerName.includes(naming.role.toLowerCase())) return naming.role;
  let role: string | undefined;
  for (const m of entity.mentions) {
    const r = m.kind === 'person' ? m.role : m.kind === 'role' ? m.label : undefined;
    if (r && (!role || r.length > role.length) && !lowerName.includes(r.toLowerCase())) role = r;
  }
  return role;
}

/** lowerTokens, remembered by text: a speaker's English name recurs with each quotation. */
type WordsOf = (text: string) => readonly string[];

function rememberedWords(): WordsOf {
  const known = new Map<string, readonly string[]>();
  return (text) => {
    let words = known.get(text);
    if (words === undefined) {
      words = lowerTokens(text);
      known.set(text, words);
    }
    return words;
  };
}

function glossNameOf(
  entity: Entity,
  naming: Mention | undefined,
  glosses: readonly GlossNaming[],
  wordsOf: WordsOf,
): GlossNaming | undefined {
  const usable = glosses.filter((g) => !g.gloss.pronoun);
  if (entity.nameTokens.size > 0) {
    const named = usable.find((g) =>
      wordsOf(g.gloss.name ?? '').some((w) => entity.nameTokens.has(w)),
    );
    if (named) return named;
  }
  return (
    usable.find((g) => g.mention === naming) ??
    usable.find((g) => g.mention !== null && g.mention.kind !== 'anaphor') ??
    usable[0]
  );
}

/**
 * Where a person's name starts, when the words before an unknown name swallowed part of the
 * office ("Wakil Ketua … Partai Golkar Adies Kadir"): the English gloss names the same person
 * ("Adies Kadir"), and so does a short mention by first name ("kata Adies").
 */
function nameStart(
  entity: Entity,
  name: string,
  glosses: readonly GlossNaming[],
  wordsOf: WordsOf,
): number {
  const words = lowerTokens(name);
  const spaced = name.split(' ');
  if (words.length !== spaced.length || words.length < 2) return 0;
  for (const g of glosses) {
    const english = g.gloss.name ? wordsOf(g.gloss.name) : [];
    // A full name in English (two words at least): "Wood" alone says nothing of where it starts.
    if (english.length < 2 || english.length >= words.length) continue;
    const tail = words.slice(words.length - english.length);
    if (tail.every((w, n) => w === english[n])) return words.length - english.length;
  }
  for (const m of entity.mentions) {
    const short = m.name ? wordsOf(m.name) : [];
    if (short.length !== 1) continue;
    const at = words.indexOf(short[0] ?? '');
    if (at > 0 && at < words.length - 1) return at;
  }
  return 0;
}

/**
 * Names the entities that spoke and gives each a stable id made from its name: persons by
 * their fullest name, institutions and roles by their fullest label as written ("perwakilan
 * Korea Utara" rather than the spelled-out "perwakilannya"), with every other form as an alias.
 */
export function nameSpeakers(
  entities: readonly Entity[],
  glosses: ReadonlyMap<number, GlossNaming[]>,
): Map<number, Speaker> {
  const speakers = new Map<number, Speaker>();
  const taken = new Set<string>();
  const suffixes = new Map<string, number>();
  const wordsOf = rememberedWords();
  for (const entity of entities) {
    if (!entity.speaking) continue;
    const naming = namingMention(entity);
    const glossList = glosses.get(entity.key) ?? [];
    const full = naming
      ? (naming.name ?? naming.label)
      : (entity.mentions[0]?.label ?? 'Narasumber');
    const cut = naming?.name ? nameStart(entity, naming.name, glossList, wordsOf) : 0;
    const words = full.split(' ');
    const raw = words.slice(cut).join(' ');
    // What the name lost at its head belongs to the office: "Partai Golkar", "BPBD Demak".
    const lostToRole = words.slice(0, cut).join(' ');
    // "Komisi Pemberantasan Korupsi (KPK)" is named without its acronym, kept as an alias.
    const name = capitalise(raw.replace(TRAILING_ACRONYM, '').trim() || raw.trim());
    const base = slugify(name, ID_MAX_WORDS);
    const stem = /^[a-z]/u.test(base) ? base : `speaker-${base || entity.key}`.replace(/-$/u, '');
    // The next suffix for each stem, so that many namesakes cost linear time.
    let id = stem;
    let n = suffixes.get(stem) ?? 2;
    while (taken.has(id)) id = `${stem}-${n++}`;
    suffixes.set(stem, n);
    taken.add(id);
    const aliases: string[] = [];
    const seen = new Set([name.toLowerCase()]);
    for (const m of entity.mentions) {
      // Pronouns and descriptions ("perwakilan tersebut") stand for a speaker without naming them.
      if (m.kind === 'pronoun' || m.kind === 'anaphor') continue;
      const forms = [m.name ?? m.label, ...(m.kind === 'group' ? m.aliases : [])];
      for (const form of forms) {
        const key = form.toLowerCase();
        if (form && !seen.has(key) && !R.pronouns.has(key)) {
          seen.add(key);
          aliases.push(form);
        }
      }
    }
    const speaker: Speaker = { id, name, aliases };
    const role = roleOf(entity, naming, name);
    const fullRole = lostToRole ? `${role ? `${role} ` : ''}${lostToRole}` : role;
    if (fullRole) speaker.role = fullRole;
    const gloss = glossNameOf(entity, naming, glossList, wordsOf);
    if (gloss) {
      const nameGloss =
        gloss.gloss.name && entity.kind === 'person' ? gloss.gloss.name : gloss.gloss.label;
      if (nameGloss) speaker.nameGloss = capitalise(nameGloss);
      const roleGloss = gloss.gloss.name && entity.kind === 'person' ? gloss.gloss.role : undefined;
      if (roleGloss) speaker.roleGloss = roleGloss;
    }
    speakers.set(entity.key, speaker);
  }
  return speakers;
}
