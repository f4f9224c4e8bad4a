import { describe, expect, it } from 'vitest';
import { RequestBuilder, RequestValidationError } from '../src/builder.ts';

describe('RequestBuilder', () => {
  it('builds a frozen request step by step', () => {
    const req = new RequestBuilder()
      .method('POST')
      .url('https://api.example.com/items')
      .query('page', 2)
      .header('Accept', 'application/json')
      .json({ name: 'tea' })
      .build();
    expect(req).toEqual({
      method: 'POST',
      url: 'https://api.example.com/items?page=2',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: '{"name":"tea"}',
      timeoutMs: 30000,
    });
    expect(Object.isFrozen(req) && Object.isFrozen(req.headers)).toBe(true);
  });
  it('reports every problem at once', () => {
    const b = new RequestBuilder().method('GET').text('hello').timeout(0);
    expect(() => b.build()).toThrow(RequestValidationError);
    try {
      b.build();
    } catch (e) {
      expect((e as RequestValidationError).problems.map((p) => p.field)).toEqual(['url', 'body', 'timeoutMs']);
    }
  });
});
