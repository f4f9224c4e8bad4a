import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const usesStandardDecorators = /(^|[\s(;])@[A-Za-z_$]|\baccessor\s+[#A-Za-z_$]/m;

/**
 * Lowers TC39 (standard) decorators and `accessor` fields, which Vite 8's transform leaves alone
 * and Node 20 cannot parse. Runs esbuild only on TypeScript files that use them.
 */
export function standardDecorators(): Plugin {
  return {
    name: 'roadmap:standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[cm]?tsx?$/.test(file) || file.includes('/node_modules/')) return null;
      if (!usesStandardDecorators.test(code)) return null;
      const out = await transform(code, {
        loader: file.endsWith('x') ? 'tsx' : 'ts',
        target: 'es2022',
        format: 'esm',
        sourcemap: true,
        sourcefile: file,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true, verbatimModuleSyntax: true } },
      });
      return { code: out.code, map: out.map };
    },
  };
}
