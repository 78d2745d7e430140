import { READER_HOOKS } from './hooks';

/*
 * Hugo's {{< youtube >}} becomes a link to the video (a facade): nothing is
 * requested from YouTube until the reader asks. A click then puts the player
 * in its place, from youtube-nocookie.com, sandboxed. Without JavaScript the
 * link simply opens YouTube.
 */
export function activateVideoFacades(): void {
  if (!document.querySelector(READER_HOOKS.videoFacade)) return;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(`${READER_HOOKS.videoFacade} a`) : null;
    const container = link?.closest<HTMLElement>(READER_HOOKS.videoFacade);
    const id = container?.dataset.youtubeId;
    if (!link || !container || !id || !/^[\w-]+$/.test(id)) return;
    event.preventDefault();
    const player = document.createElement('iframe');
    player.src = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
    player.title = link.textContent ?? 'YouTube';
    player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    player.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    player.referrerPolicy = 'strict-origin-when-cross-origin';
    container.replaceChildren(player);
    container.dataset.playing = 'true';
  });
}
