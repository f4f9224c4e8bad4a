import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '08-version-control',
  title: 'Version control: git from the inside',
  roadmap: 'Version Control (Git): proficiency with Git for collaborative development',
  exercises: [
    defineExercise({
      id: 'hash-object',
      title: 'Object ids: what git hash-object computes',
      points: 5,
      python: "hashlib.sha1(f'{type} {len(data)}\\0'.encode() + data).hexdigest()",
      hints: [
        'An object id is the SHA-1 of a small header followed by the content: "blob 6\\0hello\\n" for the text "hello\\n".',
        'Turn a string into bytes first (new TextEncoder().encode(s)) and put the byte count in the header; "é".length is 1 but it is 2 bytes.',
        "Build one Uint8Array (header, then body), then createHash('sha1').update(bytes).digest('hex') from node:crypto.",
      ],
    }),
  ],
});
