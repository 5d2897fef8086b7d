import type { Quote, Speaker } from './schema.ts';

/** A paragraph as the quotation finder sees it: prose only, in article order. */
export interface SpeechParagraph {
  id: string;
  text: string;
  gloss?: string;
}

export interface Attribution {
  speakers: Speaker[];
  /** Quotations by paragraph id, each list in text order. */
  quotes: Map<string, Quote[]>;
  warnings: string[];
}

/**
 * Finds the quotations of an article, direct and reported, decides who said each, and marks the
 * same quotation in the gloss.
 */
export function attributeQuotations(paragraphs: readonly SpeechParagraph[]): Attribution {
  // The quotation finder lands with the quotation work (issue 3); until then no quotation is claimed.
  void paragraphs;
  return { speakers: [], quotes: new Map(), warnings: [] };
}
