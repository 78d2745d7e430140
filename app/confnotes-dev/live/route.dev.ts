import { contentFingerprint, onContentChange } from '@/lib/content';

/*
 * `next dev` only (see next.config.js): tells open pages what the content
 * folder holds, when they connect and after each change. A page rendered
 * from other content reloads; sending the state, not only the change, covers
 * a save that lands between a reload and the page listening again.
 */
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const encoder = new TextEncoder();
  let stop: () => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const sendVersion = () => send(`event: version\ndata: ${contentFingerprint()}\n\n`);
      const unsubscribe = onContentChange(sendVersion);
      // A comment now and then keeps proxies and the browser from closing an idle stream.
      const heartbeat = setInterval(() => send(': still here\n\n'), 15_000);
      stop = () => {
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        stop();
        controller.close();
      });
      sendVersion();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' } });
}
