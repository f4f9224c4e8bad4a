import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exerciseSources } from './submission.ts';

const suspicious: [RegExp, string][] = [
  [/\bprocess\.exit\s*\(/, 'calls process.exit'],
  [/__vitest|\$\$jest-matchers|\bchai\b/, 'reaches into the test framework'],
  [/\bcreateRequire\b|\bprocess\.binding\b|\bmodule\.constructor\b/, 'loads modules around the grader'],
  [/from\s+['"](node:)?(net|http|https|dgram|tls)['"]|\bfetch\s*\(/, 'opens network connections'],
  [/Object\.(defineProperty|assign)\s*\(\s*(globalThis|Object|Array|JSON|Math)\b|\b(Object|Array|Function|String|Number|JSON|Math|Reflect|Promise|globalThis)\b[^;\n=]*\.\s*[\w$]+\s*=(?![=>])/, 'changes built-ins'],
  [/\bchild_process\b|\bspawn(Sync)?\s*\(|\bexec(Sync|File)?\s*\(/, 'starts processes'],
];

/** Notes for the instructor about code that behaves like an attack on the grader. */
export function flagSubmission(dir: string): string[] {
  const out: string[] = [];
  for (const rel of exerciseSources(dir)) {
    const text = readFileSync(path.join(dir, rel), 'utf8');
    for (const [re, what] of suspicious) if (re.test(text)) out.push(`${rel.split(path.sep).slice(1).join('/')} ${what}`);
  }
  return out;
}
