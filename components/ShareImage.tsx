/*
 * The share image of a post (1200×630, what link previews show), drawn by
 * next/og from this markup: the post's title, big, and what the notes cover
 * (the date and the conference days). Inline styles and flex boxes only:
 * that is all the image renderer understands.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

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
        background: '#ffffff',
        color: '#1f2328',
        borderTop: '16px solid #0a58b5',
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 30, color: '#57606a' }}>
        <Runs text={siteTitle} />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }}>
        <Runs text={title} />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 34, color: '#0a58b5' }}>
        <Runs text={details} />
      </div>
    </div>
  );
}
