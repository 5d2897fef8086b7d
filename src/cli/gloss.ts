import { loadLexicon } from '../words/loadLexicon.ts';
import { glossText } from '../words/gloss.ts';
import { InputError, formatProblem, readTextFile } from './readInputs.ts';

const USAGE = 'usage: npm run --silent gloss -- <article.txt>';

function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** One JSON object a line for every word token: the word, its root, its parts and its meaning. */
async function main(argv: readonly string[]): Promise<void> {
  const [file, ...extra] = argv;
  if (file === undefined || extra.length > 0 || file.startsWith('--'))
    fail(['gloss:1: expected exactly one article file', USAGE]);
  let text: string;
  try {
    text = readTextFile(file, 'text');
  } catch (error) {
    if (error instanceof InputError) fail(error.problems.map(formatProblem));
    throw error;
  }
  const lexicon = await loadLexicon();
  const lines = glossText(text, lexicon).map((token) =>
    JSON.stringify({
      word: token.text,
      root: token.analysis.root,
      parts: token.analysis.parts,
      gloss: token.meanings === null ? null : token.meanings.join('; '),
      ...(token.phrase
        ? { phrase: { text: token.phrase.text, gloss: token.phrase.meanings.join('; ') } }
        : {}),
    }),
  );
  process.stdout.write(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail([`gloss:1: internal error: ${error instanceof Error ? error.message : String(error)}`]);
});
