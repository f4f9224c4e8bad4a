import { describe, expect, it } from 'vitest';
import { paginate, type Page } from '../src/paginate.ts';

const pages: Record<string, Page<string>> = {
  START: { items: ['ada', 'bo'], next: 'c2' },
  c2: { items: ['cy'], next: null },
};

describe('paginate', () => {
  it('walks the pages with for await', async () => {
    const asked: (string | null)[] = [];
    const fetchPage = async (cursor: string | null) => {
      asked.push(cursor);
      return pages[cursor ?? 'START']!;
    };
    const users: string[] = [];
    for await (const u of paginate(fetchPage)) users.push(u);
    expect(users).toEqual(['ada', 'bo', 'cy']);
    expect(asked).toEqual([null, 'c2']);
  });
  it('runs onClose when the loop is left early', async () => {
    let closed = 0;
    const fetchPage = async (cursor: string | null) => pages[cursor ?? 'START']!;
    for await (const u of paginate(fetchPage, { onClose: () => closed++ })) {
      if (u === 'ada') break;
    }
    expect(closed).toBe(1);
  });
});
