import { describe, expect, it } from 'vitest';
import { interactionToNextPaint } from '../../src/cli/measurePage.ts';

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
