import { LEX, lexiconBits } from './lexicon.ts';
import { QUOTE_RULES as R } from './quoteRules.ts';
import type { Mention } from './speakerMentions.ts';

/** One speaker (or someone who may yet speak): every mention that stands for them. */
export interface Entity {
  key: number;
  kind: 'person' | 'role' | 'group';
  mentions: Mention[];
  /** Mentions of this entity that came with a quotation or reported speech. */
  speaking: boolean;
  /** Touched as a speaker or a sentence's subject: who "-nya" and "ia" may mean. */
  salient: boolean;
  /** Named by a cue of speech, even one that reported nothing ("Kapolres membenarkan …"). */
  introduced: boolean;
  nameTokens: Set<string>;
  heads: Set<string>;
  proper: Set<string>;
  labels: Set<string>;
  plural: boolean;
  /** When it was last mentioned, as a running count. */
  last: number;
  /** When something was last attributed to it (or it was last introduced by a cue of speech). */
  lastClaim: number;
}

/** How far back (in entities, most recent first) a pronoun or description looks. */
const RECENT_WINDOW = 40;
/** A name alone is matched to an earlier role without a name only this close (in entities). */
const ROLE_NAME_WINDOW = 6;

/** A word of a name or a role: letters, digits, dots and hyphens. */
const NAME_WORD = /[\p{L}\p{N}.-]+/gu;

/** The lower-case words of a name or a role, as both languages' names are compared by. */
export function lowerTokens(text: string): string[] {
  return text.toLowerCase().match(NAME_WORD) ?? [];
}

/** A word of a role with a short title spelled out: "menkeu" → "menteri keuangan". */
function expandWord(word: string): string {
  return R.shortTitles.get(word) ?? R.roleSynonyms.get(word) ?? word;
}

/**
 * The first two words of the role with its short titles spelled out ("Menkeu" → "menteri
 * keuangan"), without spelling out the rest: the words of the whole spelled-out role are each
 * word's own words in turn, so the first two are found from the first word or two.
 */
function leadingRoleWords(role: string): string[] {
  const words: string[] = [];
  const lower = role.toLowerCase();
  // The words of lowerTokens one at a time, not all of the role's: two are enough.
  NAME_WORD.lastIndex = 0;
  for (let word = NAME_WORD.exec(lower); word; word = NAME_WORD.exec(lower)) {
    for (const part of expandWord(word[0]).split(' ')) {
      words.push(part);
      if (words.length === 2) return words;
    }
  }
  return words;
}

/** Head keys of a role: its first word and its first two words, short titles spelled out. */
function roleKeys(role: string): string[] {
  const keys: string[] = [];
  const words = leadingRoleWords(role);
  const one = words[0];
  if (one && (R.roleHeads.has(one) || R.institutionHeads.has(one))) keys.push(one);
  if (words.length > 1) keys.push(words.join(' '));
  return keys;
}

/** Words that are a title, a role, an institution or an office, never a proper word. */
const NOT_PROPER =
  LEX.shortTitles | LEX.titles | LEX.roleHeads | LEX.institutionHeads | LEX.officeWords;

/** The proper words of a mention that are no title, role, institution or office. */
function properOf(mention: Mention): string[] {
  return mention.proper.filter((w) => (lexiconBits(w) & NOT_PROPER) === 0);
}

function overlaps(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** A person named by `tokens` (`own`, as a set) may be `e`: one's name holds all of the other's words. */
function namesFit(e: Entity, tokens: readonly string[], own: ReadonlySet<string>): boolean {
  if (e.kind === 'group' && e.nameTokens.size === 0) return false;
  const all = tokens.every((w) => e.nameTokens.has(w));
  let allOther = e.nameTokens.size > 0;
  for (const w of e.nameTokens) if (!own.has(w)) allOther = false;
  return all || allOther;
}

/** A role carrying the proper words `proper` may be `e`: no group, and no other place or name. */
function roleFits(e: Entity, proper: readonly string[]): boolean {
  return (
    e.kind !== 'group' && (proper.length === 0 || e.proper.size === 0 || overlaps(proper, e.proper))
  );
}

/**
 * Decides which speaker each mention stands for, in article order: names by their words
 * ("Wood" after "Robert Wood"), roles and institutions by their head and the places and names
 * they carry ("perwakilan tersebut", "Menkeu"), pronouns and descriptions by the most recent
 * fitting speaker. Lookups go through indexes, so the work per mention does not grow with the
 * article.
 */
export class SpeakerResolver {
  readonly entities: Entity[] = [];
  private readonly byNameToken = new Map<string, Entity[]>();
  private readonly byHead = new Map<string, Entity[]>();
  private readonly byLabel = new Map<string, Entity>();
  private readonly recent: Entity[] = [];
  /** roleKeys by role as written: a speaker's role recurs, and spelling it out is not cheap. */
  private readonly roleKeysByRole = new Map<string, readonly string[]>();
  private clock = 0;

  /** Head keys of a mention: its head, then the keys of its role (or label). */
  private headKeys(mention: Mention): string[] {
    const keys: string[] = [];
    if (mention.head) keys.push(mention.head);
    const role = mention.kind === 'person' ? mention.role : mention.label;
    if (role) {
      let fromRole = this.roleKeysByRole.get(role);
      if (fromRole === undefined) {
        fromRole = roleKeys(role);
        this.roleKeysByRole.set(role, fromRole);
      }
      keys.push(...fromRole);
    }
    return keys;
  }

  private touch(entity: Entity, mention: Mention, salient: boolean, speaking: boolean): Entity {
    entity.mentions.push(mention);
    entity.last = ++this.clock;
    if (salient) entity.salient = true;
    if (speaking) entity.speaking = true;
    if (mention.plural) entity.plural = true;
    if (mention.kind === 'person' && entity.kind !== 'person') entity.kind = 'person';
    const label = mention.label.toLowerCase();
    const known = entity.labels.has(label) && mention.aliases.length === 0;
    if (mention.name && !known) {
      // "Presiden Joko Widodo (Jokowi)": the short name in parentheses is a name too.
      const names = [mention.name, ...(mention.kind === 'person' ? mention.aliases : [])];
      for (const w of names.flatMap(lowerTokens)) {
        if (!entity.nameTokens.has(w)) {
          entity.nameTokens.add(w);
          this.index(this.byNameToken, w, entity);
        }
      }
    }
    // A form already seen adds nothing to the indexes; most mentions of a speaker repeat one.
    if (mention.kind !== 'pronoun' && mention.kind !== 'anaphor' && !known) {
      for (const key of this.headKeys(mention)) {
        if (!entity.heads.has(key)) {
          entity.heads.add(key);
          this.index(this.byHead, key, entity);
        }
      }
      for (const p of properOf(mention)) entity.proper.add(p);
      entity.labels.add(label);
      this.byLabel.set(label, entity);
      for (const alias of mention.aliases) {
        const key = alias.toLowerCase();
        entity.labels.add(key);
        this.byLabel.set(key, entity);
      }
    }
    const at = this.recent.lastIndexOf(entity);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(entity);
    if (this.recent.length > RECENT_WINDOW * 2)
      this.recent.splice(0, this.recent.length - RECENT_WINDOW);
    return entity;
  }

  private index(map: Map<string, Entity[]>, key: string, entity: Entity): void {
    const list = map.get(key);
    if (list) list.push(entity);
    else map.set(key, [entity]);
  }

  private create(mention: Mention): Entity {
    const entity: Entity = {
      key: this.entities.length,
      kind: mention.kind === 'person' ? 'person' : mention.kind === 'group' ? 'group' : 'role',
      mentions: [],
      speaking: false,
      salient: false,
      introduced: false,
      nameTokens: new Set(),
      heads: new Set(),
      proper: new Set(),
      labels: new Set(),
      plural: mention.plural,
      last: 0,
      lastClaim: 0,
    };
    this.entities.push(entity);
    return entity;
  }

  private mostRecent(fits: (e: Entity) => boolean): Entity | undefined {
    for (let n = this.recent.length - 1, seen = 0; n >= 0 && seen < RECENT_WINDOW; n--, seen++) {
      const e = this.recent[n];
      if (e && fits(e)) return e;
    }
    return undefined;
  }

  private latest(
    list: readonly Entity[] | undefined,
    fits: (e: Entity) => boolean,
  ): Entity | undefined {
    if (!list) return undefined;
    let best: Entity | undefined;
    // Lists only grow at the end; the most recent fitting entity is near it.
    for (let n = list.length - 1, seen = 0; n >= 0 && seen < RECENT_WINDOW; n--, seen++) {
      const e = list[n];
      if (e && fits(e) && (!best || e.last > best.last)) best = e;
    }
    return best;
  }

  /**
   * Who "-nya" or "ia" means: the last one something was attributed to, unless a person or a
   * role was the subject of a sentence since ("Kepala Dinas, Budi, ditemui di kantornya. "…,"
   * katanya."). A group that was only a subject ("BMKG juga mencatat …") does not count: "katanya"
   * rarely means an institution that said nothing.
   */
  private lastClaimant(): Entity | undefined {
    let claimant: Entity | undefined;
    for (const e of this.recent)
      if (e.introduced && (!claimant || e.lastClaim > claimant.lastClaim)) claimant = e;
    const since = claimant?.lastClaim ?? 0;
    return this.mostRecent((e) => e.salient && e.kind !== 'group' && e.last > since) ?? claimant;
  }

  /** The most recent speaker, for a quotation no cue attributes. */
  lastSpeaker(): Entity | undefined {
    return this.mostRecent((e) => e.speaking);
  }

  /** An entity for someone unnamed, so that a quotation nobody is named for still has a speaker. */
  unnamed(mention: Mention): Entity {
    return this.touch(this.create(mention), mention, true, true);
  }

  private findPerson(mention: Mention): Entity | undefined {
    const tokens = lowerTokens(mention.name ?? '');
    const own = new Set(tokens);
    let best: Entity | undefined;
    for (const w of tokens) {
      const e = this.latest(this.byNameToken.get(w), (x) => namesFit(x, tokens, own));
      if (e && (!best || e.last > best.last)) best = e;
    }
    if (best) return best;
    // "Kepala BPBD" speaks, then "Kepala BPBD, Budi Santoso": the role gets its name.
    if (mention.role) {
      const heads = this.headKeys(mention);
      const proper = properOf(mention);
      let seen = 0;
      return this.mostRecent(
        (e) =>
          seen++ < ROLE_NAME_WINDOW &&
          e.nameTokens.size === 0 &&
          e.kind === 'role' &&
          heads.some((h) => e.heads.has(h)) &&
          (proper.length === 0 || e.proper.size === 0 || overlaps(proper, e.proper)),
      );
    }
    return undefined;
  }

  private findRole(mention: Mention, anaphoric: boolean): Entity | undefined {
    const heads = this.headKeys(mention);
    const proper = properOf(mention);
    let best: Entity | undefined;
    for (const h of heads) {
      const e = this.latest(this.byHead.get(h), (x) => roleFits(x, proper));
      if (e && (!best || e.last > best.last)) best = e;
    }
    if (best || !anaphoric) return best;
    // A description may add what the first mention did not say ("pelatih asal Korea Selatan itu").
    for (const h of heads) {
      const e = this.latest(this.byHead.get(h), (x) => x.kind !== 'group' && x.salient);
      if (e && (!best || e.last > best.last)) best = e;
    }
    if (best) return best;
    // "pejabat itu", "pebulu tangkis yang akrab disapa Jojo itu": a description that fits no
    // role named so far stands for the last person or role who spoke or was a subject.
    return this.mostRecent((e) => e.kind !== 'group' && e.salient);
  }

  private findGroup(mention: Mention): Entity | undefined {
    const keys = [mention.label, ...mention.aliases].map((l) => l.toLowerCase());
    for (const key of keys) {
      const e = this.byLabel.get(key);
      if (e) return e;
    }
    // "Pemerintah" alone after "Pemerintah Korea Selatan": the last group with that head.
    const words = lowerTokens(mention.label);
    if (words.length === 1 && mention.head) {
      return this.latest(this.byHead.get(mention.head), (e) => e.kind === 'group');
    }
    return undefined;
  }

  /**
   * The entity a mention stands for, made if it is new. `speaking` marks a mention that comes
   * with what was said; `salient` one that is a sentence's subject.
   */
  resolve(
    mention: Mention,
    speaking: boolean,
    salient = speaking,
    introduced = false,
  ): Entity | undefined {
    const entity = this.find(mention, speaking, salient);
    if (entity && (introduced || speaking)) {
      entity.introduced = true;
      entity.lastClaim = entity.last;
    }
    return entity;
  }

  private find(mention: Mention, speaking: boolean, salient: boolean): Entity | undefined {
    let found: Entity | undefined;
    switch (mention.kind) {
      case 'pronoun': {
        const lower = mention.label.toLowerCase();
        if (mention.answers) {
          const asker = this.lastSpeaker();
          found = this.mostRecent((e) => e.salient && e !== asker);
          if (found) return this.touch(found, mention, true, speaking);
        }
        if (R.pluralPronouns.has(lower)) {
          found = this.mostRecent((e) => e.salient && (e.kind === 'group' || e.plural));
        } else if (R.pronouns.has(lower)) {
          found = this.mostRecent((e) => e.salient && e.kind !== 'group');
        }
        // A group that was only a sentence's subject ("BMKG juga mencatat …") gives way to the
        // last one who spoke: "katanya" rarely means an institution that said nothing.
        found ??= this.lastClaimant();
        found ??= this.mostRecent((e) => e.salient);
        if (!found) return undefined;
        return this.touch(found, mention, true, speaking);
      }
      case 'anaphor':
        found = this.findRole(mention, true);
        break;
      case 'person':
        found = this.findPerson(mention);
        break;
      case 'role':
        if (
          !mention.other &&
          !(mention.indefinite && mention.head && R.genericRoleHeads.has(mention.head))
        )
          found = this.findRole(mention, false);
        break;
      case 'group':
        found = this.findGroup(mention);
        break;
    }
    return this.touch(found ?? this.create(mention), mention, salient, speaking);
  }
}
