// Mistake: starts the org chart from employee 1 instead of everyone without a manager.
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
export const orgChartDepth: string = `
WITH RECURSIVE chart (id, name, depth, path) AS (
  SELECT id, name, 0, name
  FROM employees
  WHERE id = 1
  UNION ALL
  SELECT e.id, e.name, c.depth + 1, c.path || ' > ' || e.name
  FROM employees AS e
  JOIN chart AS c ON e.manager_id = c.id
)
SELECT id, name, depth, path FROM chart ORDER BY depth, id
`;

/**
 * The bill of materials of the part given as the one parameter (`?`): every part needed to build
 * it, at any depth, with the total quantity: quantities multiply down a path (2 wheels × 32
 * spokes = 64 spokes) and add up over different paths (a screw used in two sub-assemblies).
 * The part itself is not listed. Columns: part_id, name, total_quantity. Order: part_id.
 */
export const bomTotals: string = `
WITH RECURSIVE explode (part_id, quantity) AS (
  SELECT child_id, quantity FROM bom WHERE parent_id = ?
  -- UNION ALL, not UNION: two paths that bring the same (part, quantity) must both count.
  UNION ALL
  SELECT b.child_id, e.quantity * b.quantity
  FROM bom AS b
  JOIN explode AS e ON b.parent_id = e.part_id
)
SELECT e.part_id, p.name, SUM(e.quantity) AS total_quantity
FROM explode AS e
JOIN parts AS p ON p.id = e.part_id
GROUP BY e.part_id, p.name
ORDER BY e.part_id
`;
