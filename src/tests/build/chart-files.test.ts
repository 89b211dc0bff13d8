/**
 * The chart files the build writes (dist/charts/<id>.svg and .narrow.svg): each names its licence
 * and credit where a reader sees them and in RDF metadata, and draws inside its own box in
 * DejaVu Sans (resvg, tests/helpers/svg-fit.ts). The same files are checked from the data in
 * src/tests/charts/standalone-file.test.ts; this reads what is actually served.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../config/site';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';
import { overflow } from '../helpers/svg-fit';

const dir = join(ROOT, 'dist', 'charts');
const charts = (loadProject(ROOT).data.charts ?? []).map((c) => c.id);

describe.runIf(existsSync(dir))('dist/charts/*.svg', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));

  it('has a wide and a narrow file for every chart', () => {
    expect(files.sort()).toEqual(charts.flatMap((id) => [`${id}.narrow.svg`, `${id}.svg`]).sort());
  });

  it.each(files)('%s shows its licence and credit, and states them in RDF', (file) => {
    const svg = readFileSync(join(dir, file), 'utf8');
    const caption = [...svg.matchAll(/<text class="file-caption"[^>]*>([^<]*)<\/text>/g)].map(([, t]) => t).join(' ');
    expect(caption).toContain(SITE.author);
    expect(caption).toContain(SITE.licence.name);
    expect(caption).toContain(new URL(SITE.url).host);
    expect(svg).toContain(`<cc:license rdf:resource="${SITE.licence.url}"/>`);
  });

  it.each(files)('%s draws nothing outside its width and height in DejaVu Sans', (file) => {
    expect(overflow(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });
});
