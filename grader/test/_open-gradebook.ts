// Opens (and so creates and migrates) the gradebook file given, then prints ok or the error.
import { openGradebook } from '@roadmap/gradebook';

try {
  const gb = await openGradebook(process.argv[2]!);
  await gb.close();
  process.stdout.write('ok\n');
} catch (e) {
  process.stdout.write(`${(e as Error).message}\n`);
}
