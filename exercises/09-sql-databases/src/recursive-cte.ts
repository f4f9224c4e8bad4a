import { todoText } from '@roadmap/todo';

/**
 * Recursive common table expressions over `employees`, `parts` and `bom` (see `_fixtures.ts`).
 *
 * Python would walk these trees with a recursive function or a stack; SQL does it with
 * `WITH RECURSIVE name AS (anchor UNION ALL recursive step)`.
 */

/**
 * Every employee with their depth in the org chart (people without a manager have depth 0,
 * their reports 1, …) and the path of names from the top: 'Ceo > Cto > Dev'.
 * Columns: id, name, depth, path. Order: depth, id.
 */
// TODO: write the query.
export const orgChartDepth: string = todoText('orgChartDepth');

/**
 * The bill of materials of the part given as the one parameter (`?`): every part needed to build
 * it, at any depth, with the total quantity: quantities multiply down a path (2 wheels × 32
 * spokes = 64 spokes) and add up over different paths (a screw used in two sub-assemblies).
 * The part itself is not listed. Columns: part_id, name, total_quantity. Order: part_id.
 */
// TODO: write the query.
export const bomTotals: string = todoText('bomTotals');
