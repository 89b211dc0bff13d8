/**
 * "Cite this version" (src/lib/versions/citations.ts) on a fixture version store: before the first
 * release nothing is offered; after releases, the newest version is cited at its own URL, dated by
 * its release, with no access date, in every format and in its .bib/.ris files (the BibTeX read
 * by @retorquere/bibtex-parser).
 */
import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { SITE } from '../../config/site';
import { emptyManifest, type Manifest } from '../../lib/versions/freeze';
import { allVersions, citeVersion, latestVersion, versionCitationFiles } from '../../lib/versions/citations';

const tariffs = { key: 'tariffs', path: 'tariffs/' };
const home = { key: 'home', path: '' };
const version = (date: string, title: string) => ({ date, title, fingerprint: date, markdown: true });
const released: Manifest = {
  format: 1,
  releases: [
    { date: '2026-12-01', summary: 'First release.', pages: ['tariffs/', ''] },
    { date: '2026-12-08', summary: 'A sentence reworded.', pages: ['tariffs/'] },
  ],
  pages: {
    'tariffs/': [version('2026-12-01', 'US tariffs on India'), version('2026-12-08', 'US tariffs on India, 2025')],
    '': [version('2026-12-01', 'India, Russia & the US')],
  },
};
const versionUrl = `${SITE.url}/v/2026-12-08/tariffs/`;

test('before the first release no page has a version to cite', () => {
  expect(latestVersion(emptyManifest(), tariffs)).toBeUndefined();
  expect(allVersions(emptyManifest(), [tariffs, home])).toEqual([]);
});

describe('after two releases', () => {
  const latest = latestVersion(released, tariffs)!;
  const citations = citeVersion(tariffs, latest);

  test('the newest version is the one cited beside the live page, and every version has files', () => {
    expect(latest.date).toBe('2026-12-08');
    expect(latestVersion(released, { key: 'about', path: 'about/' })).toBeUndefined();
    expect(allVersions(released, [tariffs, home]).map(({ page, version: v }) => `${page.key} ${v.date}`)).toEqual([
      'tariffs 2026-12-01',
      'tariffs 2026-12-08',
      'home 2026-12-01',
    ]);
  });

  test('APA, MLA and Chicago cite the version URL and its release day, without a retrieval date (it does not change)', () => {
    expect(citations.apa).toBe(
      `${SITE.author}. (2026, December 8). US tariffs on India, 2025. India, Russia & the US: A Sourced Explainer. ${versionUrl}`,
    );
    expect(citations.mla).toContain(`8 Dec. 2026, ${versionUrl}.`);
    expect(citations.chicago).toContain(`December 8, 2026. ${versionUrl}.`);
    for (const text of [citations.apa, citations.mla, citations.chicago, citations.bibtex])
      expect(text).not.toMatch(/Retrieved|accessed|\u27E6/);
  });

  test('BibTeX has a key of its own, the version URL and day, and reads cleanly', () => {
    expect(citations.bibtex).toMatch(/^@\w+\{explainer_tariffs_2026_12_08,/);
    expect(citations.bibtex).toContain(`\turl = {${versionUrl}},`);
    expect(citations.bibtex).toContain('\tdate = {2026-12-08},');
    expect(citations.bibtex).toContain('\tnote = {Version of 8 December 2026},');
    const library = parseBibtex(citations.bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.url).toBe(versionUrl);
  });

  test('the .bib and .ris files say the same', () => {
    const files = versionCitationFiles(tariffs, latest);
    expect(files.bib).toBe(`${citations.bibtex}\n`);
    expect(files.ris.split('\r\n')).toEqual(
      expect.arrayContaining([
        'TY  - ELEC',
        'DA  - 2026/12/08',
        `UR  - ${versionUrl}`,
        'TI  - US tariffs on India, 2025',
      ]),
    );
    expect(files.ris).not.toContain('Y2  -');
  });

  test("the home page's version is at /v/<date>/ and keeps the title it had", () => {
    const citation = citeVersion(home, latestVersion(released, home)!);
    expect(citation.apa).toContain(
      `India, Russia & the US. India, Russia & the US: A Sourced Explainer. ${SITE.url}/v/2026-12-01/`,
    );
  });
});
