/** Has a scheme (`https:`, `mailto:`, `javascript:`) or is protocol-relative (`//host/…`): not a path on this site. */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url);
}

/** decodeURIComponent that leaves text with a stray '%' as it is instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
