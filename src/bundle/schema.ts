import { z } from 'zod';

/**
 * The bundle format, version 1: the single source of truth for the types (`z.infer`) and for the
 * published JSON Schema (`z.toJSONSchema`, written to public/schema/bundle.v1.json).
 *
 * Offsets are UTF-16 code-unit indices into the string they refer to, `end` exclusive.
 * The object shapes are strict so that a typo in a hand-made bundle is reported, not ignored.
 * Cross-field rules that JSON Schema cannot say (offsets inside their text, speaker ids that
 * exist, unique ids) live in `bundleSchema`'s refinement and are reported with their JSON path.
 */

const offset = z.int().min(0);

export const spanSchema = z.strictObject({
  start: offset,
  end: offset,
});

export const sentenceSchema = z.strictObject({
  start: offset,
  end: offset,
  /** The sentence or sentences of the gloss that translate this one. */
  gloss: spanSchema.optional(),
});

export const quoteKindSchema = z.enum(['direct', 'indirect']);

export const quoteSchema = z.strictObject({
  start: offset,
  end: offset,
  /** The id of a speaker in `Bundle.speakers`. */
  speaker: z.string().min(1),
  kind: quoteKindSchema,
  /** The same quotation in the gloss. */
  gloss: spanSchema.optional(),
});

/**
 * What a line is, when it is not ordinary article prose. Absent for ordinary paragraphs.
 * `related`: "Baca juga: …" links; `credit`: desk initials such as "(ant/rid)";
 * `advert`: "ADVERTISEMENT" and similar page furniture left in copied text.
 */
export const paragraphKindSchema = z.enum(['related', 'credit', 'advert']);

export const paragraphSchema = z.strictObject({
  /** Stable, usable as a URL fragment. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The verbatim line of the article, outer whitespace trimmed. */
  text: z.string().min(1),
  /** The matching line of the gloss. */
  gloss: z.string().min(1).optional(),
  kind: paragraphKindSchema.optional(),
  /** E.g. "PBB -" at the start of the first paragraph. */
  dateline: spanSchema.optional(),
  sentences: z.array(sentenceSchema),
  quotes: z.array(quoteSchema),
});

export const headingSchema = z.strictObject({
  text: z.string().min(1),
  gloss: z.string().min(1).optional(),
});

export const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Null for the lead, the part before the first subheading. */
  heading: headingSchema.nullable(),
  paragraphs: z.array(paragraphSchema),
});

export const speakerSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  nameGloss: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  roleGloss: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)),
});

export const sourceSchema = z.strictObject({
  name: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  /** An ISO 8601 date, e.g. 2024-10-22. */
  published: z.string().min(1).optional(),
});

export const bundleShapeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  lang: z.literal('id'),
  glossLang: z.literal('en').optional(),
  source: sourceSchema.optional(),
  title: paragraphSchema,
  speakers: z.array(speakerSchema),
  sections: z.array(sectionSchema).min(1),
  warnings: z.array(z.string()).optional(),
});

export type Span = z.infer<typeof spanSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteKind = z.infer<typeof quoteKindSchema>;
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Bundle = z.infer<typeof bundleShapeSchema>;

type Issue = { path: (string | number)[]; message: string };

function checkSpan(
  issues: Issue[],
  span: Span,
  length: number,
  path: (string | number)[],
  what: string,
): boolean {
  if (span.end < span.start) {
    issues.push({
      path: [...path, 'end'],
      message: `${what} ends (${span.end}) before it starts (${span.start})`,
    });
    return false;
  }
  if (span.end > length) {
    issues.push({
      path: [...path, 'end'],
      message: `${what} ends at ${span.end}, past the end of its text (${length})`,
    });
    return false;
  }
  return true;
}

function checkSpansInOrder(
  issues: Issue[],
  spans: readonly Span[],
  path: (string | number)[],
  what: string,
): void {
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    const current = spans[i];
    if (previous && current && current.start < previous.end) {
      issues.push({
        path: [...path, i, 'start'],
        message: `${what} ${i} starts at ${current.start}, inside ${what} ${i - 1} (which ends at ${previous.end})`,
      });
    }
  }
}

function checkParagraph(
  issues: Issue[],
  paragraph: Paragraph,
  path: (string | number)[],
  speakerIds: ReadonlySet<string>,
): void {
  const textLength = paragraph.text.length;
  const glossLength = paragraph.gloss?.length;
  if (paragraph.dateline)
    checkSpan(issues, paragraph.dateline, textLength, [...path, 'dateline'], 'the dateline');
  paragraph.sentences.forEach((sentence, i) => {
    checkSpan(issues, sentence, textLength, [...path, 'sentences', i], 'sentence');
    if (sentence.gloss) {
      if (glossLength === undefined) {
        issues.push({
          path: [...path, 'sentences', i, 'gloss'],
          message: 'a sentence has a gloss span but the paragraph has no gloss',
        });
      } else {
        checkSpan(
          issues,
          sentence.gloss,
          glossLength,
          [...path, 'sentences', i, 'gloss'],
          'the sentence gloss',
        );
      }
    }
  });
  checkSpansInOrder(issues, paragraph.sentences, [...path, 'sentences'], 'sentence');
  paragraph.quotes.forEach((quote, i) => {
    checkSpan(issues, quote, textLength, [...path, 'quotes', i], 'quotation');
    if (!speakerIds.has(quote.speaker)) {
      issues.push({
        path: [...path, 'quotes', i, 'speaker'],
        message: `unknown speaker "${quote.speaker}"`,
      });
    }
    if (quote.gloss) {
      if (glossLength === undefined) {
        issues.push({
          path: [...path, 'quotes', i, 'gloss'],
          message: 'a quotation has a gloss span but the paragraph has no gloss',
        });
      } else {
        checkSpan(
          issues,
          quote.gloss,
          glossLength,
          [...path, 'quotes', i, 'gloss'],
          'the quotation gloss',
        );
      }
    }
  });
  checkSpansInOrder(issues, paragraph.quotes, [...path, 'quotes'], 'quotation');
  checkGlossesApart(issues, paragraph.quotes, [...path, 'quotes']);
}

/**
 * Quotations may stand in another order in the gloss (translation moves clauses), but two of
 * them never share words there either.
 */
function checkGlossesApart(
  issues: Issue[],
  quotes: readonly Quote[],
  path: (string | number)[],
): void {
  const glosses = quotes
    .flatMap((quote, i) => (quote.gloss ? [{ i, span: quote.gloss }] : []))
    .sort((a, b) => a.span.start - b.span.start || a.i - b.i);
  let reach: { i: number; end: number } | undefined;
  for (const { i, span } of glosses) {
    if (reach && span.start < reach.end) {
      issues.push({
        path: [...path, i, 'gloss', 'start'],
        message: `the gloss of quotation ${i} starts at ${span.start}, inside the gloss of quotation ${reach.i} (which ends at ${reach.end})`,
      });
    }
    if (!reach || span.end > reach.end) reach = { i, end: span.end };
  }
}

/** Every rule of the format, including those between fields, with the JSON path of each problem. */
export const bundleSchema = bundleShapeSchema.superRefine((bundle, context) => {
  const issues: Issue[] = [];
  const speakerIds = new Set<string>();
  bundle.speakers.forEach((speaker, i) => {
    if (speakerIds.has(speaker.id)) {
      issues.push({ path: ['speakers', i, 'id'], message: `duplicate speaker id "${speaker.id}"` });
    }
    speakerIds.add(speaker.id);
  });

  const elementIds = new Set<string>();
  function claimId(id: string, path: (string | number)[]): void {
    if (elementIds.has(id)) issues.push({ path, message: `duplicate id "${id}"` });
    elementIds.add(id);
  }

  claimId(bundle.title.id, ['title', 'id']);
  checkParagraph(issues, bundle.title, ['title'], speakerIds);
  bundle.sections.forEach((section, s) => {
    claimId(section.id, ['sections', s, 'id']);
    if (s > 0 && section.heading === null) {
      issues.push({
        path: ['sections', s, 'heading'],
        message: 'only the first section (the lead) may have no heading',
      });
    }
    section.paragraphs.forEach((paragraph, p) => {
      const path = ['sections', s, 'paragraphs', p];
      claimId(paragraph.id, [...path, 'id']);
      checkParagraph(issues, paragraph, path, speakerIds);
    });
  });

  for (const issue of issues)
    context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** Names a JSON path the way people write it: sections[0].paragraphs[3].quotes[1].end */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
