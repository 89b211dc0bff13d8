/**
 * The four citation formats for one page and one figure, with every date fixed, compared with
 * strings written out by hand from the APA 7, MLA 9 and Chicago 17 author-date rules.
 */
import { describe, expect, test } from 'vitest';
import {
  accessedParts,
  bibtexForWork,
  citeSeed,
  citeWork,
  READ_ON_DAY_OF_COPY,
  risForSeed,
  risForWork,
  statedYear,
} from '../../lib/cite/format';
import { formatAccessed, localDay, withAccessDate } from '../../lib/cite/access-date';
import { formatLongDay, slashDay } from '../../lib/cite/dates';
import { fileHistory } from '../../lib/cite/git';

const site = {
  author: 'India–Russia–US Explainer contributors',
  siteName: 'India, Russia & the US: a sourced explainer',
  updated: '2026-03-14',
  accessed: '2026-04-02',
};

describe('citing a page', () => {
  const page = citeWork({ ...site, id: 'tariffs', title: 'US tariffs on India', url: 'https://example.org/tariffs/' });

  test('APA 7: organisation, (year, month day), title, site, retrieval date and URL', () => {
    expect(page.apa).toBe(
      'India–Russia–US Explainer contributors. (2026, March 14). US tariffs on India. India, Russia & the US: A Sourced Explainer. Retrieved April 2, 2026, from https://example.org/tariffs/',
    );
  });
  test('MLA 9: organisation, “Title in Title Case.” site, day Mon. year, URL', () => {
    expect(page.mla).toBe(
      'India–Russia–US Explainer contributors. “US Tariffs on India.” India, Russia & the US: A Sourced Explainer, 14 Mar. 2026, https://example.org/tariffs/.',
    );
  });
  test('Chicago author-date: organisation, year, “Title.” site, full date, URL', () => {
    expect(page.chicago).toBe(
      'India–Russia–US Explainer contributors. 2026. “US Tariffs on India.” India, Russia & the US: A Sourced Explainer. March 14, 2026. https://example.org/tariffs/.',
    );
  });
  test('BibTeX: @online with a stable key, an ASCII braced organisation, the site for biblatex, classic styles and Zotero, year and month, biblatex date and urldate, one URL, the days in a note', () => {
    expect(page.bibtex).toBe(
      [
        '@online{explainer_tariffs,',
        '\tauthor = {{India{\\textendash}Russia{\\textendash}US Explainer contributors}},',
        '\ttitle = {{US} tariffs on {India}},',
        '\torganization = {India, Russia \\& the US: a sourced explainer},',
        '\thowpublished = {India, Russia \\& the US: a sourced explainer},',
        '\tjournaltitle = {India, Russia \\& the US: a sourced explainer},',
        '\tyear = {2026},',
        '\tmonth = mar,',
        '\tdate = {2026-03-14},',
        '\turl = {https://example.org/tariffs/},',
        '\turldate = {2026-04-02},',
        '\tnote = {Version of 14 March 2026; accessed 2 April 2026},',
        '}',
      ].join('\n'),
    );
    // Classic BibTeX styles that purify labels stop on any byte above 127 ("128 isn't valid ASCII").
    expect([...page.bibtex].every((character) => character.charCodeAt(0) <= 0x7f)).toBe(true);
  });
  test('BibTeX and RIS files without an access date (a static download cannot know it) state only the version', () => {
    const { accessed: _, ...work } = {
      ...site,
      id: 'tariffs',
      title: 'US tariffs on India',
      url: 'https://example.org/tariffs/',
    };
    const bib = bibtexForWork(work);
    expect(bib).toContain('\tnote = {Version of 14 March 2026},');
    expect(bib).not.toContain('urldate');
    expect(risForWork(work)).not.toContain('Y2  -');
  });
  test('RIS: an ELEC record with version and access dates, CRLF lines, ending in ER', () => {
    const ris = risForWork({
      ...site,
      id: 'tariffs',
      title: 'US tariffs on India',
      url: 'https://example.org/tariffs/',
    });
    expect(ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - India–Russia–US Explainer contributors',
      'TI  - US tariffs on India',
      'T2  - India, Russia & the US: a sourced explainer',
      'PY  - 2026',
      'DA  - 2026/03/14',
      'Y2  - 2026/04/02',
      'UR  - https://example.org/tariffs/',
      'LA  - en',
      'ER  - ',
      '',
    ]);
  });
});

describe('citing a figure', () => {
  const figure = citeWork({
    ...site,
    id: 'figure-us-tariff-india-50',
    title: 'US tariff on Indian goods after the penalty for Russian oil: 50%',
    genre: 'Figure',
    url: 'https://example.org/figures/#figure-us-tariff-india-50',
  });

  test('APA 7 marks it [Figure] and keeps the anchor in the URL', () => {
    expect(figure.apa).toBe(
      'India–Russia–US Explainer contributors. (2026, March 14). US tariff on Indian goods after the penalty for Russian oil: 50% [Figure]. India, Russia & the US: A Sourced Explainer. Retrieved April 2, 2026, from https://example.org/figures/#figure-us-tariff-india-50',
    );
  });
  test('MLA 9', () => {
    expect(figure.mla).toBe(
      'India–Russia–US Explainer contributors. “US Tariff on Indian Goods after the Penalty for Russian Oil: 50%.” India, Russia & the US: A Sourced Explainer, 14 Mar. 2026, https://example.org/figures/#figure-us-tariff-india-50.',
    );
  });
  test('Chicago author-date names it a Figure', () => {
    expect(figure.chicago).toBe(
      'India–Russia–US Explainer contributors. 2026. “US Tariff on Indian Goods after the Penalty for Russian Oil: 50%.” Figure. India, Russia & the US: A Sourced Explainer. March 14, 2026. https://example.org/figures/#figure-us-tariff-india-50.',
    );
  });
  test('BibTeX escapes % for LaTeX and leaves the URL as it is', () => {
    expect(figure.bibtex).toContain(
      '\ttitle = {{US} tariff on {Indian} goods after the penalty for {Russian} oil: 50\\%},',
    );
    expect(figure.bibtex).toContain('\ttype = {Figure},');
    expect(figure.bibtex).toContain('\turl = {https://example.org/figures/#figure-us-tariff-india-50},');
    expect(figure.bibtex.match(/https:/g)).toHaveLength(1);
  });
});

describe('citing a seed document', () => {
  test('a bylined source is cited by its author and stated year', () => {
    const seed = citeSeed({
      id: 'hindustantimes',
      title: 'Navigating India-Russia relations in the Trump era',
      author: 'Pravesh Kumar Gupta',
      publisher: 'Hindustan Times',
      year: 2025,
    });
    expect(seed.apa).toBe('Gupta, P. K. (2025). Navigating India-Russia relations in the Trump era. Hindustan Times.');
    expect(seed.mla).toBe(
      'Gupta, Pravesh Kumar. “Navigating India-Russia Relations in the Trump Era.” Hindustan Times, 2025.',
    );
    expect(seed.bibtex).toBe(
      [
        '@article{source_hindustantimes,',
        '\tauthor = {Gupta, Pravesh Kumar},',
        '\ttitle = {{Navigating} {India-Russia} relations in the {Trump} era},',
        '\tjournal = {Hindustan Times},',
        '\tyear = {2025},',
        '}',
      ].join('\n'),
    );
  });
  test('an undated source without a byline leads with its title and says n.d.', () => {
    const seed = citeSeed({
      id: 'invezz',
      title: 'India and Russia to boost strategic ties as trade pressure from US grows',
      publisher: 'Invezz',
    });
    expect(seed.apa).toBe('India and Russia to boost strategic ties as trade pressure from US grows. (n.d.). Invezz.');
    expect(seed.bibtex).toBe(
      [
        '@misc{source_invezz,',
        '\tauthor = {{Invezz}},',
        '\ttitle = {{India} and {Russia} to boost strategic ties as trade pressure from {US} grows},',
        '\thowpublished = {Invezz},',
        '\tnote = {Undated},',
        '}',
      ].join('\n'),
    );
    expect(risForSeed({ id: 'invezz', title: 'T', publisher: 'Invezz' })).toBe(
      'TY  - NEWS\r\nAU  - Invezz\r\nTI  - T\r\nT2  - Invezz\r\nER  - \r\n',
    );
  });
  test('statedYear takes a single four-digit year and nothing else', () => {
    expect(statedYear('01-05-2025')).toBe(2025);
    expect(statedYear('not stated')).toBeUndefined();
    expect(statedYear(undefined)).toBeUndefined();
  });
});

describe('dates', () => {
  test('reader and Highwire forms', () => {
    expect(formatLongDay('2026-03-14T10:00:00+00:00')).toBe('14 March 2026');
    expect(slashDay('2026-03-04')).toBe('2026/03/04');
    expect(() => formatLongDay('March 2026')).toThrow(/not YYYY-MM-DD/);
  });
  test('a file git has never seen falls back to the build date and says so', () => {
    const history = fileHistory('content/pages/no-such-page-ever.mdx');
    expect(history.fromGit).toBe(false);
    expect(history.commit).toBeNull();
  });
  test('SOURCE_DATE_EPOCH fixes the build date', async () => {
    const { buildDate } = await import('../../lib/cite/git');
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1775088000'; // 2026-04-02T00:00:00Z
    try {
      expect(buildDate().toISOString()).toBe('2026-04-02T00:00:00.000Z');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});

describe('author names of seed documents', () => {
  test('honorifics are dropped and a capitalised surname is written normally', () => {
    const seed = citeSeed({
      id: 'ankasam',
      title: 'A Period of Rapprochement in India-US Relations',
      author: 'Dr. Cenk TAMER',
      publisher: 'ANKASAM',
    });
    // CSL cannot sentence-case a title, so APA keeps the headline's own capitals.
    expect(seed.apa).toBe('Tamer, C. (n.d.). A Period of Rapprochement in India-US Relations. ANKASAM.');
  });
});

describe("the access date, filled in by the reader's browser", () => {
  const work = { ...site, id: 'tariffs', title: 'US tariffs on India', url: 'https://example.org/tariffs/' };
  const box = citeWork({ ...work, accessed: READ_ON_DAY_OF_COPY });

  test('the cite box leaves one token per date style where the access date goes, and nowhere else', () => {
    expect(accessedParts(box.apa)).toEqual([
      'India–Russia–US Explainer contributors. (2026, March 14). US tariffs on India. India, Russia & the US: A Sourced Explainer. Retrieved ',
      { accessed: 'us' },
      ', from https://example.org/tariffs/',
    ]);
    expect(accessedParts(box.bibtex).filter((p) => typeof p !== 'string')).toEqual([
      { accessed: 'iso' },
      { accessed: 'long' },
    ]);
    expect(accessedParts(box.mla)).toEqual([box.mla]);
  });
  test('the three styles of a day', () => {
    expect(formatAccessed('2026-04-02', 'us')).toBe('April 2, 2026');
    expect(formatAccessed('2026-04-02', 'long')).toBe('2 April 2026');
    expect(formatAccessed('2026-04-02', 'iso')).toBe('2026-04-02');
    expect(localDay(new Date(2026, 3, 2, 23, 59))).toBe('2026-04-02');
  });
  test('a downloaded .bib or .ris gains the day of download, as the cite box writes it', () => {
    const { accessed: _, ...dateless } = work;
    expect(withAccessDate(bibtexForWork(dateless), 'bib', '2026-04-02')).toBe(bibtexForWork(work));
    expect(withAccessDate(risForWork(dateless), 'ris', '2026-04-02')).toBe(risForWork(work));
    expect(() => withAccessDate(bibtexForWork(work), 'bib', '2026-04-02'), 'already dated').toThrow(/already dated/);
  });
});

describe('rich text', () => {
  const page = citeWork({
    ...site,
    id: 'tariffs',
    title: 'US tariffs on India',
    url: 'https://example.org/tariffs/?a=1&b=2',
  });
  test('APA italicises the page title, MLA the website; the HTML says what the text says', () => {
    expect(page.html.apa).toContain('<i>US tariffs on India</i>');
    expect(page.html.mla).toContain('<i>India, Russia &#38; the US: A Sourced Explainer</i>');
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&');
    expect(text(page.html.apa)).toBe(page.apa);
    expect(text(page.html.mla)).toBe(page.mla);
    expect(text(page.html.chicago)).toBe(page.chicago);
  });
});
