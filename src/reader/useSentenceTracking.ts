import { useEffect, type RefObject } from 'react';
import type { ReaderStore } from './readerState.ts';

const NOTE_GAP = 6;
const NOTE_WIDTH = 320;

function closestWithin(root: HTMLElement, target: EventTarget | null, selector: string) {
  if (!(target instanceof Element)) return null;
  const found = target.closest(selector);
  return found && root.contains(found) ? found : null;
}

function noteAnchor(quote: Element) {
  const speaker = quote.getAttribute('data-speaker');
  if (speaker === null) return null;
  const kind: 'direct' | 'indirect' =
    quote.getAttribute('data-kind') === 'indirect' ? 'indirect' : 'direct';
  const rect = quote.getBoundingClientRect();
  const view = quote.ownerDocument.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const width = view?.innerWidth ?? NOTE_WIDTH;
  const left = Math.max(8, Math.min(rect.left, width - Math.min(NOTE_WIDTH, width - 16) - 8));
  return { speaker, kind, top: rect.bottom + scrollY + NOTE_GAP, left: left + scrollX };
}

/**
 * Marks the sentence under the pointer, keyboard focus or finger, and its counterpart in the
 * other language, with `data-active="true"`, straight on the DOM: the article tree never
 * re-renders for it. A tap or focus also opens the sentence's peek and the speaker note.
 */
export function useSentenceTracking(
  ref: RefObject<HTMLElement | null>,
  partners: ReadonlyMap<string, readonly string[]>,
  store: ReaderStore,
): void {
  useEffect(() => {
    const current = ref.current;
    if (!current) return;
    const root: HTMLElement = current;
    const byKey = new Map<string, Element[]>();
    for (const element of root.querySelectorAll('[data-sentence]')) {
      const key = element.getAttribute('data-sentence') ?? '';
      byKey.set(key, [...(byKey.get(key) ?? []), element]);
    }
    let hovered: string | null = null;
    let pinned: string | null = null;
    let marked: Element[] = [];

    function refresh(): void {
      const key = hovered ?? pinned;
      for (const element of marked) element.removeAttribute('data-active');
      marked = (key === null ? [] : (partners.get(key) ?? [key])).flatMap(
        (k) => byKey.get(k) ?? [],
      );
      for (const element of marked) element.setAttribute('data-active', 'true');
    }

    function pin(sentence: Element | null, quote: Element | null): void {
      const key = sentence?.getAttribute('data-sentence') ?? null;
      pinned = key;
      refresh();
      const [paragraph, index] = key === null ? [] : key.split(':');
      const anchorQuote = quote ?? sentence?.querySelector('[data-speaker]') ?? null;
      store.update({
        peek:
          paragraph === undefined || index === undefined
            ? null
            : { paragraph, sentence: Number(index) },
        note: anchorQuote ? noteAnchor(anchorQuote) : null,
      });
    }

    function onPointerOver(event: PointerEvent): void {
      if (event.pointerType !== 'mouse') return;
      const sentence = closestWithin(root, event.target, '[data-sentence]');
      hovered = sentence?.getAttribute('data-sentence') ?? null;
      refresh();
      const quote = closestWithin(root, event.target, '[data-speaker]');
      if (quote) store.update({ note: noteAnchor(quote) });
      else if (pinned === null) store.update({ note: null });
    }
    function onPointerLeave(): void {
      hovered = null;
      refresh();
      if (pinned === null) store.update({ note: null });
    }
    function onFocusIn(event: FocusEvent): void {
      const sentence = closestWithin(root, event.target, '[data-sentence]');
      if (sentence) pin(sentence, null);
    }
    function onClick(event: MouseEvent): void {
      const sentence = closestWithin(root, event.target, '[data-sentence]');
      if (sentence) pin(sentence, closestWithin(root, event.target, '[data-speaker]'));
    }
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || pinned === null) return;
      pin(null, null);
    }
    function onFocusOut(event: FocusEvent): void {
      // Leaving the article (not moving within it) lets go of the sentence.
      if (event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) return;
      if (event.relatedTarget === null) return;
      pinned = null;
      refresh();
      store.update({ note: null });
    }

    // One signal removes every listener: no second list to keep in step with the first.
    const listening = new AbortController();
    const options = { signal: listening.signal };
    root.addEventListener('pointerover', onPointerOver, options);
    root.addEventListener('pointerleave', onPointerLeave, options);
    root.addEventListener('focusin', onFocusIn, options);
    root.addEventListener('focusout', onFocusOut, options);
    root.addEventListener('click', onClick, options);
    root.addEventListener('keydown', onKeyDown, options);
    return () => {
      listening.abort();
      for (const element of marked) element.removeAttribute('data-active');
    };
  }, [ref, partners, store]);
}

/**
 * Marks the focused speaker's quotations with `data-focused` (CSS dims the rest), again on the
 * DOM, so focusing a speaker re-renders only the legend.
 */
export function useSpeakerFocus(ref: RefObject<HTMLElement | null>, store: ReaderStore): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let shown: string | null = null;
    function apply(): void {
      const speaker = store.get().focusedSpeaker;
      if (speaker === shown) return;
      shown = speaker;
      for (const quote of root?.querySelectorAll('[data-speaker]') ?? []) {
        if (quote.getAttribute('data-speaker') === speaker)
          quote.setAttribute('data-focused', 'true');
        else quote.removeAttribute('data-focused');
      }
    }
    apply();
    return store.subscribe(apply);
  }, [ref, store]);
}
