/**
 * The documentation a stranger reads stays true to the repository (issue 13). Every relative link in
 * README.md, DEVELOPERS.md and docs/ points at a file of the repository, not at a build output or a folder
 * outside the clone, and a link to a heading (`coaching.md#the-ladder`) finds that heading. docs/coaching.md
 * explains exactly the coaching rule ids (the families of SPEC section 1) that the code and the tests under
 * packages/ and e2e/ name: a rule added to the code without its explanation fails here, and so does an
 * explanation, or any other R-XXX-n id, that no code or test names. No browser or server is needed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

/** A path relative to the repository root, with forward slashes. */
function repoPath(absolute: string): string {
  return relative(ROOT, absolute).split(sep).join('/');
}

/** The repository's .gitignore as a test: build outputs, data and dependencies are not part of a clone. */
function ignoredByGit(): (path: string) => boolean {
  const rules = readFileSync(join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
    .map((line) => {
      const pattern = line.replace(/\/+$/, '');
      const glob = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`);
      return { anchored: pattern.includes('/'), pattern, glob };
    });
  return (path) => {
    const segments = path.split('/');
    return rules.some((rule) =>
      rule.anchored
        ? path === rule.pattern || path.startsWith(`${rule.pattern}/`)
        : segments.some((segment) => rule.glob.test(segment)),
    );
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
}

const ignored = ignoredByGit();

/** Every file under `dir` (absolute) that git would track, depth first. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = join(dir, entry.name);
    if (ignored(repoPath(absolute))) continue;
    if (entry.isDirectory()) found.push(...filesUnder(absolute));
    else if (entry.isFile()) found.push(absolute);
  }
  return found;
}

/** The Markdown a reader of the repository meets first. */
function documentation(): string[] {
  const docs = filesUnder(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  return [join(ROOT, 'README.md'), join(ROOT, 'DEVELOPERS.md'), ...docs];
}

/** Markdown without fenced code blocks and inline code: a path shown as code is not a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[^`\n]*?\1/g, '');
}

/** The targets of inline links and images, reference definitions and HTML href/src attributes. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const targets: string[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
    if (match[1] !== undefined) targets.push(match[1]);
  for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm))
    if (match[1] !== undefined) targets.push(match[1]);
  for (const match of text.matchAll(/\b(?:href|src)="([^"]+)"/g))
    if (match[1] !== undefined) targets.push(match[1]);
  return targets;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (match[1] ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(text) ?? 0;
    seen.set(text, count + 1);
    anchors.add(count === 0 ? text : `${text}-${count}`);
  }
  return anchors;
}

function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** What is wrong with one link of `file`, or undefined when it resolves. */
function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined;
  const [rawPath = '', anchor] = target.split('#', 2);
  const path = decodeURIComponent(rawPath.split('?')[0] ?? '');
  const absolute =
    path === '' ? file : path.startsWith('/') ? join(ROOT, path) : resolve(dirname(file), path);
  const inRepo = repoPath(absolute);
  if (inRepo.startsWith('..')) return 'points outside the repository';
  if (!existsSync(absolute)) return 'no such file in the repository';
  if (ignored(inRepo)) return 'points at a file git does not track (a build output, data or dependencies)';
  if (anchor !== undefined && anchor !== '' && statSync(absolute).isFile() && extname(absolute) === '.md') {
    if (!headingAnchors(readFileSync(absolute, 'utf8')).has(anchor.toLowerCase()))
      return `${repoPath(absolute)} has no heading #${anchor}`;
  }
  return undefined;
}

/** Ids in the form of SPEC section 1's rules: R-STR-1, R-IN-2, R-ADA-6. */
const RULE_ID = /\bR-[A-Z]+-\d+\b/g;

/**
 * The rule families of SPEC section 1, the coaching rules docs/coaching.md explains. A new family of coaching
 * rules is added here and explained there. Test names elsewhere that borrow the form for other checks
 * (formats' R-STOP-n, R-LAP-n for rep detection) are not coaching rules and are not counted.
 */
const COACHING_FAMILIES = ['STR', 'INT', 'TEC', 'REC', 'GOL', 'VOL', 'LNG', 'DAY', 'QUA', 'IN', 'ADA'];

function ruleIds(text: string): Set<string> {
  return new Set(text.match(RULE_ID) ?? []);
}

function isCoachingRule(id: string): boolean {
  return COACHING_FAMILIES.includes(id.split('-')[1] ?? '');
}

/** Coaching rule ids named anywhere in the source and tests of packages/ and e2e/ (this file aside). */
function ruleIdsInCode(): Map<string, string> {
  const where = new Map<string, string>();
  const sources = [...filesUnder(join(ROOT, 'packages')), ...filesUnder(join(ROOT, 'e2e'))].filter(
    (f) => f !== THIS_FILE && ['.ts', '.tsx', '.js', '.mjs', '.json'].includes(extname(f)),
  );
  for (const file of sources)
    for (const id of ruleIds(readFileSync(file, 'utf8')))
      if (isCoachingRule(id) && !where.has(id)) where.set(id, repoPath(file));
  return where;
}

function byRuleId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

describe('relative links in README.md, DEVELOPERS.md and docs/', () => {
  it('every relative link resolves to a file of the repository', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of documentation()) {
      for (const target of linkTargets(readFileSync(file, 'utf8'))) {
        checked++;
        const problem = brokenLink(file, target);
        if (problem) broken.push(`${repoPath(file)}: ${target}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(broken, 'links that do not resolve in a clone of the repository').toEqual([]);
  });
});

describe('rule ids in docs/coaching.md', () => {
  const inDocs = (): Set<string> => ruleIds(readFileSync(join(ROOT, 'docs', 'coaching.md'), 'utf8'));

  it('explains every rule id the code and tests name', () => {
    const inCode = ruleIdsInCode();
    const explained = inDocs();
    expect(inCode.size).toBeGreaterThan(10);
    const unexplained = [...inCode]
      .filter(([id]) => !explained.has(id))
      .map(([id, file]) => `${id} (named in ${file})`)
      .sort(byRuleId);
    expect(unexplained, 'rule ids that docs/coaching.md does not explain').toEqual([]);
  });

  it('names no rule id the code and tests do not have', () => {
    const inCode = ruleIdsInCode();
    const unknown = [...inDocs()].filter((id) => !inCode.has(id)).sort(byRuleId);
    expect(unknown, 'rule ids in docs/coaching.md that no code or test names').toEqual([]);
  });
});
