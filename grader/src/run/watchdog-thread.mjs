// Runs in a helper thread of each test worker: kills the worker when its deadline passes,
// after writing down what it was running. It works while the worker's own thread is stuck.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { deadline, origin, recordFile, budgetMs } = workerData;
let label = 'import';
let file = '';
parentPort.on('message', (m) => {
  label = m.label;
  file = m.file || file;
});
setInterval(() => {
  const due = Atomics.load(deadline, 0);
  if (due > 0 && Date.now() - origin > due) {
    writeFileSync(recordFile, JSON.stringify({ file, label, budgetMs }));
    process.kill(process.pid, 'SIGKILL');
  }
}, 25).unref?.();
