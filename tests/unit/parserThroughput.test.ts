import { describe, expect, it } from 'vitest';
import {
  atReferenceSpeed,
  parserSampler,
  REFERENCE_CHECK_MS,
  throughput,
} from '../../src/cli/measureParser.ts';

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

  it('gives each round at the reference speed, scaled by the machine check around it', () => {
    const check = (before: number, after: number) => ({ before, after });
    // 0.01 MB in 1 ms is 10 MB/s; in 2 ms, 5.
    const figure = throughput(
      1,
      0.01,
      [
        [2, 2, 2],
        [1, 1, 1],
        [2, 2, 2],
      ],
      [
        // A slow spell: the check took twice its reference time, so the round counts double.
        check(2 * REFERENCE_CHECK_MS, 2 * REFERENCE_CHECK_MS),
        check(REFERENCE_CHECK_MS, REFERENCE_CHECK_MS),
        // A slow parser beside a usual check stays slow.
        check(REFERENCE_CHECK_MS * 0.9, REFERENCE_CHECK_MS * 1.1),
      ],
    );
    expect(figure.megabytesPerSecond).toBeCloseTo(5, 6);
    expect(
      figure.atReference.roundMegabytesPerSecond.map((r) => Math.round(r * 100) / 100),
    ).toEqual([10, 10, 5]);
    expect(figure.atReference.megabytesPerSecond).toBeCloseTo(10, 6);
    expect(figure.machineCheckMs[0]).toBeCloseTo(2 * REFERENCE_CHECK_MS, 6);
  });

  it('has no figure at the reference speed without the machine check', () => {
    expect(throughput(1, 0.01, [[1]]).atReference.megabytesPerSecond).toBeNaN();
  });
});

describe('atReferenceSpeed', () => {
  it('scales in proportion to the check: twice as slow a machine, twice the figure', () => {
    expect(atReferenceSpeed(7, REFERENCE_CHECK_MS)).toBeCloseTo(7, 6);
    expect(atReferenceSpeed(7, 2 * REFERENCE_CHECK_MS)).toBeCloseTo(14, 6);
    expect(atReferenceSpeed(7, REFERENCE_CHECK_MS / 2)).toBeCloseTo(3.5, 6);
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
    // Each round is also given at the reference speed, from its own check.
    for (const figure of [once, twice]) {
      expect(figure?.atReference.roundMegabytesPerSecond).toHaveLength(2);
      expect(figure?.atReference.megabytesPerSecond).toBeGreaterThan(0);
    }
  });

  it('takes two runs a round at least, however few runs a size asks for', () => {
    const sampler = parserSampler(3, [1], { warmUpMs: 0, rewarmMs: 0, runs: () => 1 });
    for (let n = 0; n < 3; n++) sampler.round();
    const [figure] = sampler.results();
    expect(figure?.roundMegabytesPerSecond).toHaveLength(3);
    expect(figure?.runs).toBe(6);
  });
});
