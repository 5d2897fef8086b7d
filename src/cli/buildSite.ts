import { build } from 'vite';

/** `npm run build`: the static site in dist/, with every seed's bundle. */
async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  process.stdout.write('built dist/\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
