import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type ts from 'typescript';

// The compiler takes over a second to load: it is loaded on the first check, not on import, so
// commands that find nothing to typecheck (an unchanged `pnpm grade`) never pay for it.
const require = createRequire(import.meta.url);
let compiler: typeof ts | undefined;
const typescript = (): typeof ts => (compiler ??= require('typescript') as typeof ts);

export interface TypeError {
  /** `path:line:column`, relative to `base`, the form editors open. */
  at: string;
  code: string;
  message: string;
}

/** The strict options every exercise is checked with (those of tsconfig.base.json). */
export const exerciseCompilerOptions = (): ts.CompilerOptions => ({
  target: typescript().ScriptTarget.ES2022,
  module: typescript().ModuleKind.ESNext,
  moduleResolution: typescript().ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  types: ['node'],
  lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts'],
});

/**
 * Type errors of each file, from one program over all of them (their imports are checked as
 * needed but only errors located in the given files are reported). `withNode` checks with
 * Node's declarations even when the files need none (to have them parsed ahead of time).
 */
export function typecheckFiles(files: string[], opts: { base: string; workspace: string; withNode?: boolean }): Map<string, TypeError[]> {
  const out = new Map<string, TypeError[]>(files.map((f) => [f, []]));
  if (files.length === 0) return out;
  const ts = typescript();
  const pkg = (name: string) => [path.join(opts.workspace, 'packages', name, 'src', 'index.ts')];
  const compilerOptions: ts.CompilerOptions = {
    ...exerciseCompilerOptions(),
    // A copy without node_modules still finds Node's types and this workspace's packages.
    typeRoots: [path.join(opts.workspace, 'node_modules', '@types')],
    paths: { '@roadmap/todo': pkg('todo'), '@roadmap/testkit': pkg('testkit') },
  };
  // Node's type declarations take a second to load. Programs that compile without them cannot
  // refer to anything they declare (it would be an unknown name), so they are checked with them
  // only when that first check finds any error, in the files given or in what they import. A
  // file that imports a `node:` module fails that check for sure: it is skipped then.
  if (!opts.withNode && !files.some(importsNode)) {
    const withoutNode = ts.createProgram(files, { ...compilerOptions, types: [] }, cachingHost(compilerOptions));
    const clean = withoutNode
      .getSourceFiles()
      .filter((sf) => !sf.fileName.includes(`${path.sep}node_modules${path.sep}`))
      .every((sf) => withoutNode.getSyntacticDiagnostics(sf).length === 0 && withoutNode.getSemanticDiagnostics(sf).length === 0);
    if (clean) return out;
  }
  const program = ts.createProgram(files, compilerOptions, cachingHost(compilerOptions));
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    out.set(
      file,
      diags.map((d) => {
        const { line, character } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
        return { at: `${path.relative(opts.base, file)}:${line + 1}:${character + 1}`, code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
      }),
    );
  }
  return out;
}

const nodeImport = /\b(?:from|import|require)\s*\(?\s*['"]node:/;

function importsNode(file: string): boolean {
  try {
    return nodeImport.test(readFileSync(file, 'utf8'));
  } catch {
    return false; // the compiler reports a missing file
  }
}

const libCache = new Map<string, ts.SourceFile>();

/** A compiler host that parses library declaration files once per process, not once per program. */
function cachingHost(o: ts.CompilerOptions): ts.CompilerHost {
  const host = typescript().createCompilerHost(o);
  const get = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes(`${path.sep}node_modules${path.sep}`)) return get(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}`;
    let sf = libCache.get(key);
    if (!sf) {
      sf = get(fileName, languageVersion, onError, shouldCreate);
      if (sf) libCache.set(key, sf);
    }
    return sf;
  };
  return host;
}
