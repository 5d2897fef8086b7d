import type { Bundle, Paragraph } from '../bundle/schema.ts';
import { tokenizeWords, type WordToken } from '../words/tokenize.ts';

/** The Indonesian side of a paragraph, title or heading: its text is exactly the bundle's text. */
const SIDE = '.side-id';

/** A word found in the article: the element whose text it is in, that text, and the word tokens. */
export interface WordPlace {
  container: Element;
  text: string;
  tokens: WordToken[];
  /** The index in `tokens` of the word asked for. */
  index: number;
}

/**
 * The text offset of a DOM position inside `container`: the length of the text before it, which
 * is the offset into the paragraph text because the side renders that text and nothing else.
 */
export function textOffsetIn(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument?.createRange();
  if (!range) return 0;
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM range of text offsets `start`–`end` of `container`, across its text nodes. */
export function rangeOfText(container: Node, start: number, end: number): Range | null {
  const document = container.ownerDocument;
  if (!document) return null;
  const range = document.createRange();
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/**
 * The word at a DOM position in the Indonesian text: the token covering it when `exact` (a tap
 * between words finds none), else the token there or the next one (the keyboard's "first word").
 */
export function wordAt(node: Node, offset: number, exact: boolean): WordPlace | null {
  const element = node instanceof Element ? node : node.parentElement;
  const container = element?.closest(SIDE);
  if (!container) return null;
  const text = container.textContent;
  const tokens = tokenizeWords(text);
  const at = textOffsetIn(container, node, offset);
  const index = tokens.findIndex((token) =>
    exact ? token.start <= at && at <= token.end : at < token.end,
  );
  return index === -1 ? null : { container, text, tokens, index };
}

function findParagraph(bundle: Bundle, id: string): Paragraph | undefined {
  if (bundle.title.id === id) return bundle.title;
  for (const section of bundle.sections) {
    const paragraph = section.paragraphs.find((p) => p.id === id);
    if (paragraph) return paragraph;
  }
  return undefined;
}

/**
 * The English that translates the sentence around `offset` of the container's text: the
 * sentence's gloss (its whole translation group) for a paragraph or the title, the heading's
 * gloss for a heading. Undefined when the article has no gloss there.
 */
export function englishAround(bundle: Bundle, container: Element, offset: number) {
  const heading = container.closest('.section-heading');
  if (heading) {
    const id = heading.closest('section')?.id;
    return bundle.sections.find((section) => section.id === id)?.heading?.gloss;
  }
  const id = container.closest('.row, .title')?.id;
  const paragraph = id === undefined ? undefined : findParagraph(bundle, id);
  if (!paragraph) return undefined;
  const gloss = paragraph.sentences.find((s) => s.start <= offset && offset < s.end)?.gloss;
  return gloss && paragraph.gloss?.slice(gloss.start, gloss.end);
}

/**
 * Where the keyboard asks for a word: the selection when it is a real one (text selected) or a
 * caret inside the focused element, else the start of the focused sentence or heading, if it is
 * Indonesian. Null when neither is in an Indonesian text of the article.
 */
export function keyboardPoint(document: Document): [Node, number] | null {
  const active = document.activeElement;
  const selection = document.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  let point: [Node, number] | null = null;
  if (range && (!range.collapsed || active?.contains(range.startContainer))) {
    point = [range.startContainer, range.startOffset];
  } else if (active) {
    const side = active.closest(SIDE) ? active : active.querySelector(SIDE);
    if (side) point = [side, 0];
  }
  const element = point && (point[0] instanceof Element ? point[0] : point[0].parentElement);
  return element?.closest(`#article ${SIDE}`) ? point : null;
}
