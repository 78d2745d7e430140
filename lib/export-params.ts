/**
 * What a dynamic route's generateStaticParams returns: the addresses the
 * export writes. `next dev` renders any address on request and needs no
 * list, yet asks for it again after each change to the content, each time
 * in a fresh copy of the modules that has read nothing: a whole read of the
 * content folder (2 s of the server's time at 1,000 posts) beside the page
 * the author is waiting for. In `next dev` the list is empty.
 */
export function exportParams<Params>(list: () => Promise<Params[]>): Promise<Params[]> {
  return process.env.NODE_ENV === 'development' ? Promise.resolve([]) : list();
}
