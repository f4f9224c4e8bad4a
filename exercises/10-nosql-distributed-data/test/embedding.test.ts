import { describe, expect, it } from 'vitest';
import { denormalize, normalize } from '../src/embedding.ts';

const relation = { foreignField: 'author', as: 'books' };

describe('embedding', () => {
  it('embeds children under their parent', () => {
    const out = denormalize([{ _id: 1, name: 'Ursula' }], [{ title: 'The Dispossessed', author: 1 }, { title: 'Excession', author: 2 }], relation);
    expect(out).toEqual([{ _id: 1, name: 'Ursula', books: [{ title: 'The Dispossessed', author: 1 }] }]);
  });
  it('splits embedded children back out', () => {
    expect(normalize([{ _id: 1, books: [{ title: 'Lathe' }] }], relation)).toEqual({
      parents: [{ _id: 1 }],
      children: [{ title: 'Lathe', author: 1 }],
    });
  });
});
