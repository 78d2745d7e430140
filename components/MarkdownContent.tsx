/**
 * A post body as lib/content rendered it: Markdown parsed, sanitised (no
 * script, handler or javascript: URL survives lib/markdown's sanitiser) and
 * serialised once per build. Nothing is parsed here.
 */
export function MarkdownContent({ html, className = 'post-body' }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
