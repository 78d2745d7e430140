import { describe, expect, it } from 'vitest';
import { routeSegmentsOfShareImage, shareImagePath } from './share-image-path';

describe('share image addresses', () => {
  it.each([
    [['2019', '11', '30', 'flink-forward-asia'], '/og/2019/11/30/flink-forward-asia.png'],
    [['talks', '2020', 'permalink', 'index'], '/og/talks/2020/permalink/index.png'],
  ])('%j ↔ %s', (segments, address) => {
    expect(shareImagePath(segments)).toEqual(address);
    expect(routeSegmentsOfShareImage(address.slice('/og/'.length).split('/'))).toEqual(segments);
  });

  it('is not a share image without .png', () => {
    expect(routeSegmentsOfShareImage(['2019', 'x.html'])).toEqual(undefined);
  });
});
