import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJekyll } from './jekyll';

const fixture = path.join(__dirname, 'fixtures', 'jekyll-site');

describe('planJekyll on a Jekyll blog of notes and articles', () => {
  const plan = planJekyll(fixture);

  it('finds posts (.md, .markdown and .html, in _posts/ and under a category folder), drafts and pages, at Jekyll’s addresses', () => {
    expect(plan.entries.map((entry) => [entry.file, entry.target, entry.kind, entry.oldAddress, entry.draft])).toEqual([
      ['_drafts/unfinished.md', '_drafts/unfinished.md', 'post', undefined, true],
      ['_posts/2018-05-01-flink-tuning.markdown', '2018-05-01-flink-tuning.markdown', 'post', '/articles/flink-tuning.html', false],
      ['_posts/2019-11-30-flink-forward-asia.md', '2019-11-30-flink-forward-asia.md', 'post', '/2019/11/30/flink-forward-asia.html', false],
      // 2019-12-31 20:00 -0800 is 1 January in the site's time zone, Asia/Shanghai.
      ['_posts/2019-12-31-new-year.md', '2019-12-31-new-year.md', 'post', '/2020/01/01/new-year.html', false],
      ['_posts/2020-01-15-kafka-summit.html', '2020-01-15-kafka-summit.html', 'post', '/conference/2020/01/15/kafka-summit.html', false],
      ['_posts/2021-03-04-qcon-beijing.html', '2021-03-04-qcon-beijing.html', 'post', '/conference/notes/2021/03/04/qcon-beijing.html', false],
      ['about.md', '_pages/about.md', 'page', '/about.html', false],
      ['contact/index.html', '_pages/contact/index.html', 'page', '/contact/', false],
      ['talks/_posts/2022-06-01-kubecon-china.md', 'talks/2022-06-01-kubecon-china.md', 'post', '/talks/2022/06/01/kubecon-cn.html', false],
    ]);
  });

  it('copies files without front matter outside _ folders, leaving out what _config.yml excludes', () => {
    expect(plan.statics.map((file) => file.address)).toEqual(['/CNAME', '/downloads/notes.zip', '/favicon.ico', '/images/avatar.png', '/images/flink-arch.jpg', '/images/kafka.png', '/slides/ffa-2019.pdf', '/slides/kafka.pdf']);
  });

  it('knows the listing pages, feeds and generated files', () => {
    expect(plan.generated.map((entry) => `${entry.kind} ${entry.address}`).sort()).toEqual([
      'feed /atom.xml',
      'feed /feed.xml',
      'generated /assets/css/style.css',
      'home /',
      'listing /archive.html',
      'listing /page2/',
      'listing /page3/',
      'not-found /404.html',
    ]);
  });

  it('reads the settings, the Disqus shortname from the include, and how the feeds and threads named posts', () => {
    expect(plan.settings).toEqual({
      title: '会议笔记',
      description: '参会笔记与技术文章',
      author: '张三',
      baseUrl: 'https://notes.example.org',
      basePath: '',
      defaultLanguage: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      permalink: '/:categories/:year/:month/:day/:title:output_ext',
      disqusShortname: 'jekyll-notes-fixture',
      disqusIdentifier: 'url',
      commentsByDefault: false,
      pageSize: 2,
      feedEntryIds: 'jekyll-post-id',
      feeds: [
        { path: '/atom.xml', format: 'atom' },
        { path: '/feed.xml', format: 'atom' },
      ],
    });
    expect(plan.notes).toEqual([]);
  });
});
