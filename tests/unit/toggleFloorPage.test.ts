import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toggleFloorPage } from '../../src/cli/staticFloorPage.ts';

const prerendered = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'">
<script type="module" fetchpriority="low" crossorigin src="/assets/index-abc.js"></script>
<style>.app[data-mode='en'] .side-id{display:none}</style></head><body><div id="root">
<div class="app" data-mode="both"><input type="radio" name="reading-mode" value="en"></div>
</div><script type="application/json" id="kabar-data">{"language":"en"}</script></body></html>`;

describe('toggleFloorPage', () => {
  it("swaps Kabar's script for one that only sets the reading mode, keeping the page", () => {
    const page = toggleFloorPage(prerendered);
    expect(page).not.toContain('/assets/index-abc.js');
    expect(page).toContain("<style>.app[data-mode='en'] .side-id{display:none}</style>");
    expect(page).toContain('<script type="application/json" id="kabar-data">');
    expect(page).toMatch(/setAttribute\('data-mode', input\.value\)[\s\S]*<\/script>\n<\/body>/u);
    expect(page).toContain("dataset.ready = 'true'");
  });

  it("allows its one inline script by its hash in the page's own policy, and nothing more", () => {
    const page = toggleFloorPage(prerendered);
    const script = /<script>([\s\S]*?)<\/script>/u.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page).toContain(`script-src 'self' 'sha256-${hash}'; object-src 'none'`);
    expect(page).not.toContain('unsafe-inline');
  });

  it('refuses a page without a module script, rather than measure Kabar as its own floor', () => {
    expect(() => toggleFloorPage('<html><body></body></html>')).toThrow(
      /has no <script type="module"/u,
    );
  });
});
