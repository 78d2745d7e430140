import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportParams } from './export-params';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('exportParams', () => {
  it.each([
    { environment: 'production', expected: { params: [{ year: '2019' }], asked: 1 } },
    { environment: 'test', expected: { params: [{ year: '2019' }], asked: 1 } },
    // `next dev` renders every address on request: nothing is read for a list it does not need.
    { environment: 'development', expected: { params: [], asked: 0 } },
  ])('in $environment', async ({ environment, expected }) => {
    vi.stubEnv('NODE_ENV', environment);
    let asked = 0;
    const params = await exportParams(async () => {
      asked += 1;
      return [{ year: '2019' }];
    });
    expect({ params, asked }).toEqual(expected);
  });
});
