import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '03-context-managers-async',
  title: 'Context managers and asynchronous programming',
  roadmap: 'Advanced Python concepts: context managers and asynchronous programming',
  exercises: [
    defineExercise({
      id: 'temp-dir',
      title: 'A temporary directory for `using` (tempfile.TemporaryDirectory)',
      python: 'with tempfile.TemporaryDirectory() as path: ...',
      hints: [
        'Create the folder immediately with fs.mkdtempSync(path.join(dir, prefix)); return a plain object { path, [Symbol.dispose]() { ... } }.',
        'In the dispose method use fs.rmSync(folder, { recursive: true, force: true }): recursive for the contents, force so a second dispose (or an already deleted folder) is not an error. rmSync does not follow symbolic links.',
      ],
    }),
    defineExercise({
      id: 'suppress',
      title: 'Swallow chosen errors (contextlib.suppress)',
      python: 'with contextlib.suppress(FileNotFoundError): ...',
      hints: [
        'A `using` block cannot swallow an error, so suppress(...classes) returns a function that runs a body callback inside try/catch.',
        'Swallow when errorClasses.some((C) => e instanceof C) (instanceof covers subclasses, like isinstance); otherwise rethrow the same value. suppress() with no classes swallows nothing.',
        'If body() returned a promise, the try/catch has already finished: return result.then(v => v, e => matches(e) ? undefined : Promise.reject(e)) instead.',
      ],
    }),
  ],
});
