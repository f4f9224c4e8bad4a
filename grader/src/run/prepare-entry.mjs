// Runs stages' _prepare.ts files one after another and reports each over IPC.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
for (const file of process.argv.slice(2)) {
  const t0 = Date.now();
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.default !== 'function') throw new Error('exports no default function');
    await mod.default();
    process.send({ file, ok: true, ms: Date.now() - t0 });
  } catch (e) {
    process.send({ file, ok: false, ms: Date.now() - t0, error: String(e?.message ?? e) });
  }
}
process.disconnect();
