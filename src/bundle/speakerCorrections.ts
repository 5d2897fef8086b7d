import { z } from 'zod';
import { slugify } from './ids.ts';
import type { Quote, Speaker } from './schema.ts';

/**
 * The editor's corrections to who said what, in meta.json under `speakers`, applied after the
 * parser in this order: merge, then attribute, then rename. Speakers are named by their id (as
 * the parser prints it), so a correction survives edits elsewhere in the article.
 */
const speakerId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/u, 'a speaker id: lowercase letters, digits and hyphens');

export const speakerCorrectionsSchema = z.strictObject({
  /** Speakers the parser kept apart who are one: every quotation of `from` goes to `into`. */
  merge: z.array(z.strictObject({ into: speakerId, from: z.array(speakerId).min(1) })).optional(),
  /**
   * A quotation given to the wrong speaker: `quote` is a piece of its text (enough to find it
   * once; `paragraph` narrows the search to one paragraph id), `speaker` the id of the right
   * speaker, or `name` for a speaker the parser did not find.
   */
  attribute: z
    .array(
      z
        .strictObject({
          quote: z.string().min(1),
          paragraph: z.string().min(1).optional(),
          speaker: speakerId.optional(),
          name: z.string().min(1).optional(),
        })
        .refine((a) => (a.speaker === undefined) !== (a.name === undefined), {
          message: 'give either "speaker" (an id) or "name" (a new speaker), not both',
        }),
    )
    .optional(),
  /** New names and roles for a speaker; the id stays, the old name becomes an alias. */
  rename: z
    .array(
      z.strictObject({
        speaker: speakerId,
        name: z.string().min(1).optional(),
        nameGloss: z.string().min(1).optional(),
        role: z.string().min(1).optional(),
        roleGloss: z.string().min(1).optional(),
      }),
    )
    .optional(),
});

export type SpeakerCorrections = z.infer<typeof speakerCorrectionsSchema>;

/** A correction that cannot be applied: its JSON path under meta.json and the value to find it by. */
export interface CorrectionProblem {
  path: string;
  value: string;
  message: string;
}

export interface CorrectedSpeakers {
  speakers: Speaker[];
  quotes: Map<string, Quote[]>;
  problems: CorrectionProblem[];
}

function addAlias(speaker: Speaker, alias: string): void {
  const lower = alias.toLowerCase();
  if (speaker.name.toLowerCase() === lower) return;
  if (!speaker.aliases.some((a) => a.toLowerCase() === lower)) speaker.aliases.push(alias);
}

/**
 * Applies the editor's corrections to the parser's speakers and quotations. `texts` gives each
 * paragraph's text by id, to find a quotation by a piece of it. Returns new lists; speakers left
 * with no quotation are dropped. What cannot be applied is returned in `problems`.
 */
export function applySpeakerCorrections(
  speakers: readonly Speaker[],
  quotes: ReadonlyMap<string, readonly Quote[]>,
  texts: ReadonlyMap<string, string>,
  corrections: SpeakerCorrections | undefined,
): CorrectedSpeakers {
  if (!corrections) {
    return {
      speakers: [...speakers],
      quotes: new Map([...quotes].map(([id, list]) => [id, [...list]])),
      problems: [],
    };
  }
  const byId = new Map(speakers.map((s) => [s.id, { ...s, aliases: [...s.aliases] }]));
  const lists = new Map([...quotes].map(([id, list]) => [id, list.map((q) => ({ ...q }))]));
  const problems: CorrectionProblem[] = [];
  const known = (id: string, path: string): boolean => {
    if (byId.has(id)) return true;
    problems.push({ path, value: id, message: `no speaker "${id}" in this article` });
    return false;
  };

  corrections.merge?.forEach((merge, m) => {
    const into = byId.get(merge.into);
    if (!known(merge.into, `speakers.merge[${m}].into`) || !into) return;
    merge.from.forEach((id, f) => {
      const from = byId.get(id);
      if (!known(id, `speakers.merge[${m}].from[${f}]`) || !from || from === into) return;
      for (const list of lists.values())
        for (const q of list) if (q.speaker === id) q.speaker = into.id;
      for (const alias of [from.name, ...from.aliases]) addAlias(into, alias);
      byId.delete(id);
    });
  });

  corrections.attribute?.forEach((fix, a) => {
    const path = `speakers.attribute[${a}]`;
    let target: Speaker | undefined;
    if (fix.speaker !== undefined) {
      if (!known(fix.speaker, `${path}.speaker`)) return;
      target = byId.get(fix.speaker);
    } else if (fix.name !== undefined) {
      const name = fix.name;
      target = [...byId.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!target) {
        const base = slugify(name, 6) || 'speaker';
        let id = /^[a-z]/u.test(base) ? base : `speaker-${base}`;
        for (let n = 2; byId.has(id); n++) id = `${base}-${n}`;
        target = { id, name, aliases: [] };
        byId.set(id, target);
      }
    }
    if (!target) return;
    const found: Quote[] = [];
    for (const [paragraphId, list] of lists) {
      if (fix.paragraph !== undefined && paragraphId !== fix.paragraph) continue;
      const text = texts.get(paragraphId) ?? '';
      for (const q of list) if (text.slice(q.start, q.end).includes(fix.quote)) found.push(q);
    }
    if (found.length !== 1) {
      problems.push({
        path: `${path}.quote`,
        value: fix.quote,
        message:
          found.length === 0
            ? `no quotation contains "${fix.quote}"`
            : `${found.length} quotations contain "${fix.quote}"; add "paragraph" or a longer piece`,
      });
      return;
    }
    const [quote] = found;
    if (quote) quote.speaker = target.id;
  });

  corrections.rename?.forEach((rename, r) => {
    const speaker = byId.get(rename.speaker);
    if (!known(rename.speaker, `speakers.rename[${r}].speaker`) || !speaker) return;
    if (rename.name !== undefined && rename.name !== speaker.name) {
      const old = speaker.name;
      speaker.name = rename.name;
      speaker.aliases = speaker.aliases.filter(
        (x) => x.toLowerCase() !== rename.name?.toLowerCase(),
      );
      addAlias(speaker, old);
    }
    if (rename.nameGloss !== undefined) speaker.nameGloss = rename.nameGloss;
    if (rename.role !== undefined) speaker.role = rename.role;
    if (rename.roleGloss !== undefined) speaker.roleGloss = rename.roleGloss;
  });

  const used = new Set<string>();
  for (const list of lists.values()) for (const q of list) used.add(q.speaker);
  return { speakers: [...byId.values()].filter((s) => used.has(s.id)), quotes: lists, problems };
}
