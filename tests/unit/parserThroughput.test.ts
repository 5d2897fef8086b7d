import { describe, expect, it } from 'vitest';
import { parserSampler, throughput } from '../../src/cli/measureParser.ts';

describe('throughput', () => {
  it('is the median of every round’s runs, so one slow round of three does not decide it', () => {
    const figure = throughput(1, 0.01, [
      [2, 2.2, 2.1],
      [1, 1.1, 0.9],
      [1, 1.2, 1],
    ]);
    expect(figure.medianMs).toBe(1.1);
    expect(figure.megabytesPerSecond).toBeCloseTo(0.01 / 0.0011, 6);
    expect(figure.roundMegabytesPerSecond.map((r) => Math.round(r * 10) / 10)).toEqual([
      4.8, 10, 10,
    ]);
  });

  it('reads slow when most rounds are', () => {
    const figure = throughput(1, 0.01, [
      [2, 2.2, 2.1],
      [2, 2, 1.9],
      [1, 1.2, 1],
    ]);
    expect(figure.medianMs).toBe(2);
  });
});

describe('parserSampler', () => {
  it('keeps each round it takes, at every size', () => {
    const sampler = parserSampler(2, [1, 2], { warmUpMs: 0, rewarmMs: 0, runs: () => 4 });
    sampler.round();
    // Its runs were split for two rounds: one alone is not the figure intended.
    expect(() => sampler.results()).toThrow('measured in 1 of 2 rounds');
    sampler.round();
    const [once, twice] = sampler.results();
    expect(once?.roundMegabytesPerSecond).toHaveLength(2);
    expect(twice?.times).toBe(2);
    expect(twice?.megabytes).toBeGreaterThan(1.9 * (once?.megabytes ?? 0));
    for (const figure of [once, twice]) expect(figure?.megabytesPerSecond).toBeGreaterThan(0);
    // The machine check is timed around every round's runs, beside the parser.
    for (const figure of [once, twice]) {
      expect(figure?.machineCheckMs).toHaveLength(2);
      for (const ms of figure?.machineCheckMs ?? []) expect(ms).toBeGreaterThan(0);
    }
  });
});
