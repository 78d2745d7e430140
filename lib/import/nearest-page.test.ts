import { describe, expect, it } from 'vitest';
import { nearestPage } from './nearest-page';

const keywords = ['Apache Flink', 'cloud native', 'カンファレンス', 'Go'];

describe('nearestPage', () => {
  it.each([
    ['/tags/cloud-native/', '/keywords/cloud-native/'],
    ['/tags/cloud-native/page/2/', '/keywords/cloud-native/'],
    ['/tag/apache-flink.html', '/keywords/apache-flink/'],
    ['/categories/%E3%82%AB%E3%83%B3%E3%83%95%E3%82%A1%E3%83%AC%E3%83%B3%E3%82%B9/', '/keywords/カンファレンス/'],
    ['/tags/', '/keywords/'],
    ['/tags/page/2/', '/keywords/'],
    ['/tags/unknown/', '/keywords/'],
    ['/categories/unknown/', '/'],
    ['/archives/2023/10/', '/'],
    ['/page2/', '/page/2/'],
    ['/page/3/', '/page/3/'],
    ['/page9/', '/'],
    ['/page/1/', '/'],
    ['/posts/page/1/', '/'],
    ['/blog/tags/go/', '/keywords/go/'],
  ])('%s → %s', (address, target) => {
    expect(nearestPage(address, keywords, 3)).toBe(target);
  });
});
