import { expect, test } from 'vitest';
import { ATTRIBUTION_TARGETS, scoreAttribution } from '../../src/cli/scoreAttribution.ts';

const scores = scoreAttribution();

test('the labelled set has the seed and at least twenty further passages', () => {
  expect(scores.passages.map((p) => p.id)).toContain('seed-korea-utara');
  expect(scores.passages.length).toBeGreaterThanOrEqual(21);
});

test('direct quotations are found with exact spans: F1 at or above the target', () => {
  expect(scores.directF1).toBeGreaterThanOrEqual(ATTRIBUTION_TARGETS.directF1);
});

test('reported speech is found: recall at or above the target', () => {
  expect(scores.reportedRecall).toBeGreaterThanOrEqual(ATTRIBUTION_TARGETS.reportedRecall);
});

test('speakers are clustered: B-cubed F1 at or above the target, and no passage below its floor', () => {
  expect(scores.speakerF1).toBeGreaterThanOrEqual(ATTRIBUTION_TARGETS.speakerF1);
  expect(
    scores.passages
      .filter((p) => p.speakerF1 < ATTRIBUTION_TARGETS.minArticleSpeakerF1)
      .map((p) => p.id),
  ).toEqual([]);
});

test('quotations carry the right speaker name at or above the target', () => {
  expect(scores.rightName).toBeGreaterThanOrEqual(ATTRIBUTION_TARGETS.rightName);
});

test('the quotations found are marked in the gloss too', () => {
  expect(scores.glossed).toBeGreaterThanOrEqual(0.9);
});
