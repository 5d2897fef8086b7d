import { createHash } from 'node:crypto';

/** The page's one module script tag, with its attributes. */
export const MODULE_SCRIPT = /<script type="module"([^>]*)><\/script>/u;

/** Replaces the pattern's first match, failing loudly when the page does not have it. */
export function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`the page has no ${pattern.source}`);
  return html.replace(pattern, () => replacement);
}

/**
 * Allows one inline `<script>` or `<style>` body by its hash in the page's
 * Content-Security-Policy, so the policy never needs 'unsafe-inline'.
 */
export function allowInline(
  html: string,
  directive: 'script-src' | 'style-src',
  body: string,
): string {
  const hash = createHash('sha256').update(body).digest('base64');
  return replaceOnce(
    html,
    new RegExp(`${directive} 'self'`, 'u'),
    `${directive} 'self' 'sha256-${hash}'`,
  );
}
