import { existsSync } from 'node:fs';
import path from 'node:path';
import { isRemoteUrl, safeDecode } from '../urls';
import { POST_FILE, type PostSource } from './sources';

/** Addresses that can only be posts: Jekyll's dated ones and our /notes/ ones. */
const POST_ADDRESS = /^\/(?:.*\/)?(?:\d{4}\/\d{2}\/\d{2}\/[^/]+\.html|notes\/[^/]+\.html)$/;

/** Finds posts by the names authors use for them in links. */
export class PostLinks {
  private readonly byName = new Map<string, PostSource>();
  private readonly byAbsolute = new Map<string, PostSource>();
  private readonly byAddress = new Set<string>();

  constructor(
    posts: readonly PostSource[],
    private readonly options: { contentDir: string; publicDir: string; basePath: string },
  ) {
    for (const post of posts) {
      const stem = path.basename(post.file).replace(POST_FILE, '');
      for (const name of [stem, post.slug]) if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), post);
      this.byAbsolute.set(post.absolute, post);
      this.byAddress.add(post.address.urlPath);
    }
  }

  /**
   * `{% post_url 2019-11-30-flink-forward-asia %}`, `{{< ref "posts/flink-forward-asia.md" >}}`, `[[flink-forward-asia]]`:
   * the post's address, root-relative like every link in a post body.
   */
  postReference(reference: string): string | undefined {
    const name = path.posix.basename(reference.trim()).replace(POST_FILE, '').toLowerCase();
    return this.byName.get(name)?.address.urlPath;
  }

  /**
   * A link in a post body: the address of the post a `.md` link names;
   * null for a link to a post or address that does not exist; undefined for
   * a link to leave as it is.
   */
  link(from: Pick<PostSource, 'absolute'>, href: string): string | null | undefined {
    if (isRemoteUrl(href)) return undefined;
    const [target = '', anchor] = href.split('#');
    const withAnchor = (address: string) => (anchor !== undefined ? `${address}#${anchor}` : address);
    if (POST_FILE.test(target)) {
      const absolute = target.startsWith('/') ? path.join(this.options.contentDir, safeDecode(target)) : path.resolve(path.dirname(from.absolute), safeDecode(target));
      const post = this.byAbsolute.get(absolute) ?? this.byName.get(path.basename(absolute).replace(POST_FILE, '').toLowerCase());
      return post ? withAnchor(post.address.urlPath) : null;
    }
    if (target.startsWith('/') && POST_ADDRESS.test(target)) {
      const { basePath, publicDir } = this.options;
      const local = basePath !== '' && target.startsWith(`${basePath}/`) ? target.slice(basePath.length) : target;
      return this.byAddress.has(safeDecode(local)) || existsSync(path.join(publicDir, safeDecode(local))) ? undefined : null;
    }
    return undefined;
  }
}
