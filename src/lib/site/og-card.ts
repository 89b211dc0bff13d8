/**
 * Social-card images (1200×630 PNG), drawn at build time with satori (layout to SVG) and resvg
 * (SVG to PNG). The font is in the repo (src/assets/fonts/, with its licence) so every machine
 * draws the same card.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Endpoints run from the bundled build output, so import.meta.url is not the source tree; the build
// always runs at the project root.
const fontsDir = join(process.cwd(), 'src/assets/fonts/');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'DejaVu Sans', data: readFileSync(`${fontsDir}DejaVuSans.ttf`), weight: 400, style: 'normal' },
    { name: 'DejaVu Sans', data: readFileSync(`${fontsDir}DejaVuSans-Bold.ttf`), weight: 700, style: 'normal' },
  ];
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

export interface CardText {
  title: string;
  description: string;
  siteName: string;
}

export async function renderCard({ title, description, siteName }: CardText): Promise<Uint8Array> {
  const tree = h(
    'div',
    {
      // Satori sizes boxes like content-box: width/height here exclude padding and border.
      width: 1200 - 2 * 72,
      height: 630 - 16 - 56 - 48,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 48px',
      background: '#ffffff',
      color: '#1a1a1a',
      borderTop: '16px solid #0b57b3',
      fontFamily: 'DejaVu Sans',
    },
    [
      h('div', { fontSize: 28, color: '#0b57b3', fontWeight: 700 }, siteName),
      h('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
        h(
          'div',
          { fontSize: title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.1, marginBottom: 28, width: 1056 },
          title,
        ),
        h(
          'div',
          { fontSize: 30, lineHeight: 1.35, color: '#444444', width: 1056 },
          description.length > 160 ? `${description.slice(0, 157)}…` : description,
        ),
      ]),
      h(
        'div',
        { fontSize: 24, color: '#555555', borderTop: '2px solid #d6d6d6', paddingTop: 20, width: 1056 },
        'Every figure traced to the line of the source that states it',
      ),
    ],
  );
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
