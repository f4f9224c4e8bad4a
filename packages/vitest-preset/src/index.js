// Plain JavaScript on purpose: Vitest loads a stage's vitest.config.ts with Node's own loader,
// which cannot read TypeScript from a linked workspace package.
import { transform } from 'esbuild';

const usesStandardDecorators = /(^|[\s(;])@[A-Za-z_$]|\baccessor\s+[#A-Za-z_$]/m;

export function standardDecorators() {
  return {
    name: 'roadmap:standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
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

export function defineStageTestConfig() {
  return {
    plugins: [standardDecorators()],
    test: {
      include: ['test/**/*.test.ts'],
      pool: 'forks',
      testTimeout: 5000,
    },
  };
}
