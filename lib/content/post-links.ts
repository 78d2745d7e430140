import { existsSync } from 'node:fs';
import path from 'node:path';
import { isRemoteUrl, safeDecode } from '../urls';
import type { PostSource } from './sources';

/** Files a link may name to mean "that post" (`./other.md`); an `.html` link is an address, never a source file. */
const MARKDOWN_FILE = /\.(md|markdown)$/i;
const SOURCE_EXTENSION = /\.(md|markdown|html?)$/i;
/** A page bundle's file is named after its folder: `posts/x/index.md` is `x`. */
const BUNDLE_INDEX = /^_?index$/i;

/** A reference's name: its file name without extension, or its folder's for a bundle's index. */
function referenceName(reference: string): string {
  const parts = reference.replace(SOURCE_EXTENSION, '').split('/').filter((part) => part !== '');
  const last = parts[parts.length - 1] ?? '';
  return (BUNDLE_INDEX.test(last) ? (parts[parts.length - 2] ?? last) : last).toLowerCase();
}

/** A reference as a path inside the content folder, without extension or bundle index: 'posts/x'. */
function referencePath(reference: string): string {
  return reference
    .replace(SOURCE_EXTENSION, '')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .filter((part, index, parts) => !(index === parts.length - 1 && BUNDLE_INDEX.test(part) && parts.length > 1))
    .join('/')
    .toLowerCase();
}

/** Addresses that can only be posts: Jekyll's dated ones and our /notes/ ones. */
const POST_ADDRESS = /^\/(?:.*\/)?(?:\d{4}\/\d{2}\/\d{2}\/[^/]+\.html|notes\/[^/]+\.html)$/;

/** Finds posts by the names authors use for them in links. */
export class PostLinks {
  private readonly byName = new Map<string, PostSource>();
  private readonly byPath = new Map<string, PostSource>();
  private readonly byAbsolute = new Map<string, PostSource>();
  private readonly byAddress = new Set<string>();

  constructor(
    posts: readonly PostSource[],
    private readonly options: { contentDir: string; publicDir: string; basePath: string },
  ) {
    for (const post of posts) {
      const inContent = path.relative(options.contentDir, post.absolute).split(path.sep).join('/');
      for (const name of [referenceName(inContent), post.slug.toLowerCase()]) if (!this.byName.has(name)) this.byName.set(name, post);
      this.byPath.set(referencePath(inContent), post);
      this.byAbsolute.set(post.absolute, post);
      this.byAddress.add(post.address.urlPath);
    }
  }

  /**
   * `{% post_url 2019-11-30-flink-forward-asia %}`, `{{< ref "posts/flink-forward-asia.md" >}}`,
   * `{{< ref "kubecon-eu-2023" >}}` (a page bundle's folder), `[[flink-forward-asia]]`:
   * the post's address, root-relative like every link in a post body. A
   * path inside the content folder names one post; a bare name, the post
   * with that file or folder name (or slug).
   */
  postReference(reference: string): string | undefined {
    const trimmed = reference.trim();
    return (this.byPath.get(referencePath(trimmed)) ?? this.byName.get(referenceName(trimmed)))?.address.urlPath;
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
    if (MARKDOWN_FILE.test(target)) {
      const absolute = target.startsWith('/') ? path.join(this.options.contentDir, safeDecode(target)) : path.resolve(path.dirname(from.absolute), safeDecode(target));
      const post = this.byAbsolute.get(absolute) ?? this.byName.get(referenceName(safeDecode(target)));
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
