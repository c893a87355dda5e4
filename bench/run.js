// `npm run bench`: runs every bench/*.bench.js in turn, each in its own process so one cannot warm or
// slow another. Pass names to run some: `npm run bench -- plan formats`.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.js', '')))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, [`${dir}${file}`], { stdio: 'inherit' });
}
