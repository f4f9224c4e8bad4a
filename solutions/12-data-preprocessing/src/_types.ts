// Support file (given, not an exercise): the value types shared by this stage's exercises.
// Identical in exercises/ and solutions/.

/**
 * One cell of a table: a number, a string, or `null` for a missing value. In numeric input
 * `NaN` also counts as missing (pandas' `isna` treats `None` and `NaN` alike).
 */
export type Cell = number | string | null;

/** One record (a row keyed by column name): what `df.to_dict('records')` gives in pandas. */
export type Row = Record<string, Cell>;
