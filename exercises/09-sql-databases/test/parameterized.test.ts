import { describe, expect, it } from 'vitest';
import { USERS_SCHEMA } from '../src/_fixtures.ts';
import { findUserByEmail, findUsersByNamePrefix } from '../src/parameterized.ts';
import { openDb } from './_sqlite.ts';

const db = () =>
  openDb(USERS_SCHEMA, "INSERT INTO users VALUES (1, 'ada@example.com', 'Ada'), (2, 'bob@example.com', 'Bobby Tables'), (3, 'x@example.com', '50% Club'), (4, 'y@example.com', '500 Club')");

describe('parameterized', () => {
  it('finds a user by email', () => {
    expect(findUserByEmail(db(), 'ada@example.com')).toEqual({ id: 1, email: 'ada@example.com', name: 'Ada' });
  });
  it("does not let ' OR 1=1 -- match anyone", () => {
    expect(findUserByEmail(db(), "' OR 1=1 --")).toBeUndefined();
  });
  it('takes % in a prefix literally', () => {
    expect(findUsersByNamePrefix(db(), '50%').map((u) => u.name)).toEqual(['50% Club']);
  });
});
