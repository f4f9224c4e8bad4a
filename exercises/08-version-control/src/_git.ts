/**
 * Given to you (identical in exercises/ and solutions/): the four kinds of object git stores.
 *
 * Python has no type for this; you would write `Literal["blob", "tree", "commit", "tag"]`.
 */
export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';
