import { describe, expect, it } from 'vitest';
import {
  interactionToNextPaint,
  interleaveSessions,
  summarizeSessions,
  type ToggleLatency,
} from '../../src/cli/measurePage.ts';

describe('interactionToNextPaint', () => {
  it('is the slowest interaction when there are fewer than 50', () => {
    expect(interactionToNextPaint([24, 80, 32, 40])).toBe(80);
  });

  it('ignores the slowest one in every 50, as the Web Vitals do', () => {
    const session = [...Array.from({ length: 49 }, () => 32), 40, 96];
    expect(session).toHaveLength(51);
    expect(interactionToNextPaint(session)).toBe(40);
    const longer = [...Array.from({ length: 97 }, () => 32), 48, 96, 120];
    expect(interactionToNextPaint(longer)).toBe(48);
  });

  it('has no figure without interactions', () => {
    expect(interactionToNextPaint([])).toBeNaN();
  });
});

describe('summarizeSessions', () => {
  function session(durations: (number | null)[]): ToggleLatency {
    const numeric = durations.map((d) => d ?? 16);
    return {
      durations,
      medianMs: NaN,
      inpMs: interactionToNextPaint(numeric),
      worstMs: Math.max(...numeric),
    };
  }

  it('judges by the median session, its slow first toggle included', () => {
    const summary = summarizeSessions([
      session([48, 32, 24]),
      session([40, null, 32]),
      session([120, 32, 24]),
    ]);
    expect(summary.inpMs).toBe(48);
    expect(summary.worstMs).toBe(120);
    expect(summary.medianMs).toBe(32);
    expect(summary.sessions).toHaveLength(3);
  });
});

describe('interleaveSessions', () => {
  const order = (counts: [string, number][]) =>
    interleaveSessions(counts)
      .map(({ kind, session }) => `${kind}${session}`)
      .join(' ');

  it('runs every session of every kind once, each kind in its own order', () => {
    const counts: [string, number][] = [
      ['seed', 7],
      ['long', 3],
      ['cold', 2],
    ];
    const schedule = interleaveSessions(counts);
    expect(schedule).toHaveLength(12);
    for (const [kind, count] of counts)
      expect(schedule.filter((s) => s.kind === kind).map((s) => s.session)).toEqual([
        ...Array.from({ length: count }).keys(),
      ]);
  });

  it('spreads each kind over the whole run, never three of one kind in a row', () => {
    expect(
      order([
        ['seed', 5],
        ['floor', 3],
        ['cold', 2],
      ]),
    ).toBe('seed0 floor0 cold0 seed1 seed2 floor1 seed3 cold1 floor2 seed4');
    const kinds = interleaveSessions([
      ['seed', 7],
      ['long', 3],
      ['phone', 3],
      ['instant', 3],
      ['floor', 3],
      ['cold', 2],
      ['coldFloor', 2],
    ]).map((s) => s.kind);
    kinds.forEach((kind, index) =>
      expect(kinds.slice(index, index + 3)).not.toEqual([kind, kind, kind]),
    );
    // The first and last sessions of the judged kind are near the ends of the run.
    expect(kinds.indexOf('seed')).toBe(0);
    expect(kinds.lastIndexOf('seed')).toBeGreaterThan(kinds.length - 4);
  });

  it('is empty without sessions', () => {
    expect(interleaveSessions([['seed', 0]])).toEqual([]);
  });
});
