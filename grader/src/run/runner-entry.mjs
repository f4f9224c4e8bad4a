// Starts the grading process. Vitest is loaded before the TypeScript loader is registered: under
// tsx's module hooks its large module graph takes about three times longer to load.
import 'vitest/node';
import { register } from 'tsx/esm/api';

register();
await import('./runner-main.ts');
