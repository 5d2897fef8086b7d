import { describe, expect, it } from 'vitest';
import {
  interactionToNextPaint,
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
