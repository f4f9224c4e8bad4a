import path from 'node:path';
import ts from 'typescript';
import { exerciseCompilerOptions } from '../typecheck/typecheck-files.ts';
import { type Problem, problem } from './problems.ts';

export interface ExportPair {
  stage: string;
  exercise: string;
  /** The file whose exports are the reference (the solution). */
  reference: string;
  /** Files that must export the same names; `types` also compares their types. */
  others: { file: string; types: boolean }[];
}

// A type named in another file prints as `import("<path>").Name`: the stub's path and the
// solution's differ, so both trees' roots are written the same way before comparing.
const print = (checker: ts.TypeChecker, type: ts.Type) =>
  checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation).replace(/import\("[^"]*?\/(exercises|solutions)\/([^"]+)"\)/g, 'import("<tree>/$2")');

/** Exported names of a module with a printable shape of each (classes by their members). */
function exportsOf(checker: ts.TypeChecker, sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) return out;
  for (let sym of checker.getExportsOfModule(mod)) {
    const name = sym.getName();
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const parts: string[] = [];
    if (sym.flags & ts.SymbolFlags.Value) {
      const t = checker.getTypeOfSymbolAtLocation(sym, sf);
      parts.push(print(checker, t));
      for (const sig of t.getConstructSignatures()) parts.push(`new(${sig.getParameters().map((p) => `${p.getName()}: ${print(checker, checker.getTypeOfSymbolAtLocation(p, sf))}`).join(', ')})`);
    }
    if (sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
      const declared = checker.getDeclaredTypeOfSymbol(sym);
      parts.push(print(checker, declared));
      for (const p of declared.getProperties()) {
        if (p.getName().startsWith('#') || p.getName().startsWith('__')) continue;
        const decl = p.valueDeclaration ?? p.declarations?.[0];
        const mods = decl && ts.canHaveModifiers(decl) ? ts.getModifiers(decl) : undefined;
        if (mods?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
        parts.push(`${p.getName()}: ${print(checker, checker.getTypeOfSymbolAtLocation(p, sf))}`);
      }
    }
    out.set(name, parts.join(' | '));
  }
  return out;
}

/** Stubs and mistake variants export what the solution exports; stubs with the same types. */
export function checkExports(root: string, pairs: ExportPair[]): Problem[] {
  const files = pairs.flatMap((p) => [p.reference, ...p.others.map((o) => o.file)]);
  const program = ts.createProgram(files, exerciseCompilerOptions());
  const checker = program.getTypeChecker();
  const out: Problem[] = [];
  for (const pair of pairs) {
    const refSf = program.getSourceFile(pair.reference);
    if (!refSf) continue;
    const ref = exportsOf(checker, refSf);
    for (const other of pair.others) {
      const sf = program.getSourceFile(other.file);
      if (!sf) continue;
      const mine = exportsOf(checker, sf);
      const rel = path.relative(root, other.file);
      const missing = [...ref.keys()].filter((n) => !mine.has(n));
      const extra = [...mine.keys()].filter((n) => !ref.has(n));
      if (missing.length) out.push(problem(pair.stage, pair.exercise, rel, `does not export ${missing.join(', ')}, which the solution exports.`));
      if (extra.length) out.push(problem(pair.stage, pair.exercise, rel, `exports ${extra.join(', ')}, which the solution does not.`));
      if (!other.types) continue;
      for (const [name, shape] of ref) {
        const own = mine.get(name);
        if (own !== undefined && own !== shape) {
          out.push(problem(pair.stage, pair.exercise, rel, `exports ${name} with another type than the solution.\n      stub:     ${own}\n      solution: ${shape}\n    Make the stub's signature the final one.`));
        }
      }
    }
  }
  return out;
}
