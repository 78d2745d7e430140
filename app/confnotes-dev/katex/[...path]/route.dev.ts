import { readFile } from 'node:fs/promises';
import { getAllPosts, getPages } from '@/lib/content';
import { katexFonts, katexStylesheet } from '@/lib/markdown/katex-stylesheet';

/*
 * `next dev` only (see next.config.js, which rewrites /_confnotes/katex/
 * here): the KaTeX stylesheet, with the formulas of the posts as they are
 * now, and its fonts, which a build writes into out/_confnotes/katex/.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const file = (await params).path.join('/');
  if (file === 'katex.css') {
    const posts = [...(await getAllPosts()), ...(await getPages())];
    const css = katexStylesheet(process.cwd(), posts.flatMap((post) => (post.mathStyles ? [post.mathStyles] : [])));
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const font = katexFonts(process.cwd()).find((candidate) => `fonts/${candidate.name}` === file);
  if (!font) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await readFile(font.file)), { headers: { 'Content-Type': 'font/woff2' } });
}
