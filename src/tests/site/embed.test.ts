/**
 * The embed link rule (src/lib/site/embed.ts) and its build-time application to an embed page's
 * HTML (src/lib/site/embed-html.ts). What a browser does with the result is in
 * src/tests/browser/embed.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyEmbedLinkTarget, embedLinkTarget, mergeRel } from '../../lib/site/embed';
import { retargetEmbedLinks } from '../../lib/site/embed-html';

describe('embedLinkTarget: in-page anchors stay in the frame, every other link opens a new tab', () => {
  it('leaves "#…" links alone', () => {
    expect(embedLinkTarget('#main')).toBeNull();
    expect(embedLinkTarget('#chart-tariff-rate')).toBeNull();
  });
  it('sends site paths, other sites and downloads to a new tab without a handle on the frame', () => {
    for (const href of ['/charts/#chart-tariff-rate', '/sources/invezz/#L41', 'https://creativecommons.org/', 'x.csv'])
      expect(embedLinkTarget(href), href).toEqual({ target: '_blank', rel: 'noopener' });
  });
});

describe('mergeRel', () => {
  it('keeps a link’s own rel words and adds each missing one once', () => {
    expect(mergeRel('license noopener noreferrer', 'noopener')).toBe('license noopener noreferrer');
    expect(mergeRel('license', 'noopener')).toBe('license noopener');
    expect(mergeRel(undefined, 'noopener')).toBe('noopener');
  });
});

describe('applyEmbedLinkTarget: the rule on a link a script creates', () => {
  /** The few members of HTMLAnchorElement the rule touches. */
  function link(href: string, rel?: string) {
    const attributes = new Map<string, string>([['href', href], ...(rel ? [['rel', rel] as [string, string]] : [])]);
    return {
      target: '',
      get rel() {
        return attributes.get('rel') ?? '';
      },
      set rel(value: string) {
        attributes.set('rel', value);
      },
      getAttribute: (name: string) => attributes.get(name) ?? null,
    };
  }
  it('sets target and rel on a link that leaves the page, and nothing on an anchor', () => {
    const away = link('/sources/aljazeera/#L4', 'license');
    applyEmbedLinkTarget(away as unknown as HTMLAnchorElement);
    expect([away.target, away.rel]).toEqual(['_blank', 'license noopener']);
    const anchor = link('#chart-tariff-rate-end');
    applyEmbedLinkTarget(anchor as unknown as HTMLAnchorElement);
    expect([anchor.target, anchor.rel]).toEqual(['', '']);
  });
});

describe('retargetEmbedLinks: the rule over an embed page’s HTML', () => {
  const html = [
    '<p class="embed-credit">From <a href="/charts/#chart-x">the site</a>, licensed',
    ' <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener noreferrer">CC BY-SA 4.0</a>.</p>',
    '<h1 id="chart-x"><a class="chart-anchor" href="#chart-x">Title &amp; more</a></h1>',
    '<svg viewBox="0 0 10 10"><g data-info="{&quot;a&quot;:1}"><rect x="0" y="0" width="1" height="1"></rect></g></svg>',
    '<a href="/charts/x.csv" download>CSV</a> <a href="/elsewhere/" target="_self">x</a> <a name="old">no href</a>',
  ].join('');
  const out = retargetEmbedLinks(html);

  it('opens the credit, licence, downloads and a link with its own target in a new tab, keeping rel words', () => {
    expect(out).toContain('<a href="/charts/#chart-x" target="_blank" rel="noopener">the site</a>');
    expect(out).toContain(
      '<a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="license noopener noreferrer">',
    );
    expect(out, 'a boolean attribute stays as written').toContain(
      '<a href="/charts/x.csv" download target="_blank" rel="noopener">CSV</a>',
    );
    expect(out).toContain('<a href="/elsewhere/" target="_blank" rel="noopener">x</a>');
  });
  it('leaves in-page anchors and links without href as they were', () => {
    expect(out).toContain('<a class="chart-anchor" href="#chart-x">Title &amp; more</a>');
    expect(out).toContain('<a name="old">no href</a>');
  });
  it('changes nothing but the start tags of links that leave the page', () => {
    const untouched = (text: string) => text.replace(/ (target|rel)="[^"]*"/g, '');
    expect(untouched(out)).toBe(untouched(html));
    expect(out.match(/<a /g)).toHaveLength(6);
    expect(retargetEmbedLinks('<p hidden>No links.<br/></p>')).toBe('<p hidden>No links.<br/></p>');
  });
});
