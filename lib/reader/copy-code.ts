import { READER_HOOKS } from './hooks';
import { announce } from './notice';

/**
 * A copy button on each code block of a post: it copies the code alone
 * (line numbers are CSS counters, not text) and says so in the live region
 * the page already holds. The button is placed over the block's corner, so
 * nothing moves; without JavaScript there is none.
 */
export function addCodeCopyButtons(): void {
  const notice = document.querySelector<HTMLElement>(READER_HOOKS.copyNotice);
  const blocks = document.querySelectorAll<HTMLElement>(READER_HOOKS.codeBlock);
  if (!notice || blocks.length === 0 || !navigator.clipboard) return;
  const label = notice.dataset.copyCodeLabel ?? 'Copy';
  for (const block of blocks) {
    const code = block.querySelector('code');
    if (!code) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = label;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => announce(notice, notice.dataset.codeCopiedLabel ?? ''),
        // Clipboard refused (permissions, insecure context): the code can still be selected.
        () => undefined,
      );
    });
    block.append(button);
  }
}
