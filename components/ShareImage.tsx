/*
 * The share image of a post (1200×630, what link previews show), drawn by
 * next/og from this markup: the post's title, big, and what the notes cover
 * (the date and the conference days). Inline styles and flex boxes only:
 * that is all the image renderer understands.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** Every colour the image uses: its PNG is written with a palette of these (lib/share-image/indexed-png.ts). */
export const SHARE_IMAGE_COLORS = {
  background: [0xff, 0xff, 0xff],
  text: [0x1f, 0x23, 0x28],
  muted: [0x57, 0x60, 0x6a],
  accent: [0x0a, 0x58, 0xb5],
} as const;

const css = ([red, green, blue]: readonly [number, number, number]) => `rgb(${red}, ${green}, ${blue})`;

/** A text in runs of one font family each (lib/content/share-image-fonts.ts). */
export interface ShareImageText {
  runs: ReadonlyArray<{ text: string; fontFamily: string }>;
}

function Runs({ text }: { text: ShareImageText }) {
  return (
    <>
      {text.runs.map((run, index) => (
        <span key={index} style={{ fontFamily: run.fontFamily, whiteSpace: 'pre-wrap' }}>
          {run.text}
        </span>
      ))}
    </>
  );
}

export interface ShareImageProps {
  title: ShareImageText;
  siteTitle: ShareImageText;
  /** '2019年11月30日 · Day 1 · Day 2'. */
  details: ShareImageText;
}

export function ShareImage({ title, siteTitle, details }: ShareImageProps) {
  const length = title.runs.reduce((total, run) => total + [...run.text].length, 0);
  const titleSize = length > 60 ? 52 : length > 30 ? 64 : 78;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: css(SHARE_IMAGE_COLORS.background),
        color: css(SHARE_IMAGE_COLORS.text),
        borderTop: `16px solid ${css(SHARE_IMAGE_COLORS.accent)}`,
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 30, color: css(SHARE_IMAGE_COLORS.muted) }}>
        <Runs text={siteTitle} />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }}>
        <Runs text={title} />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 34, color: css(SHARE_IMAGE_COLORS.accent) }}>
        <Runs text={details} />
      </div>
    </div>
  );
}
