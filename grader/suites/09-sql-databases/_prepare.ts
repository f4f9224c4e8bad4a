// Run once, outside any sandbox, by `pnpm cohort grade` before it grades this stage: it keeps
// the initialised PGlite cluster where every sandboxed worker can read it (and none can write).
import { keepCluster } from './_pg.ts';

export default keepCluster;
