/**
 * Browser side of /search/: loads Pagefind's own small JS and index from this site on the first
 * search (never on other pages), then lists each matching page with its matching passages.
 * A passage links to the heading above it, plus a text fragment (#:~:text=) so browsers that
 * support it scroll to and highlight the words themselves.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** Turn Pagefind's excerpt ("text <mark>word</mark> text") into nodes without parsing HTML. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^<mark>(.*)<\/mark>$/.exec(part);
      return { text: decode(m ? (m[1] ?? '') : part), marked: Boolean(m) };
    });
}

/** A short phrase around the first highlighted word, for a #:~:text= fragment. */
export function passagePhrase(excerpt: string): string | null {
  const parts = excerptParts(excerpt);
  const i = parts.findIndex((p) => p.marked);
  if (i < 0) return null;
  // Stay inside one run of words: citation marks like "[3]" break the match in the page text.
  const clean = (s: string) => s.replace(/\[\d+\]/g, ' ');
  const before =
    clean(
      parts
        .slice(0, i)
        .map((p) => p.text)
        .join(''),
    )
      .split(/[.;:!?()“”"]/)
      .pop() ?? '';
  const after =
    clean(
      parts
        .slice(i + 1)
        .map((p) => p.text)
        .join(''),
    ).split(/[.;:!?()“”",]/)[0] ?? '';
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const word = (parts[i]?.text ?? '').trim().replace(/[.,;:!?]+$/, '');
  const phrase = [...words(before).slice(-2), word, ...words(after).slice(0, 2)].join(' ');
  return phrase || null;
}

/** Link to a passage: Pagefind's URL (page#heading) plus a text fragment for the phrase. */
export function passageHref(url: string, excerpt: string): string {
  const phrase = passagePhrase(excerpt);
  if (!phrase) return url;
  // In a text directive "-", "," and "&" are syntax: percent-encode them along with the rest.
  const encoded = encodeURIComponent(phrase).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${encoded}`;
}

function renderExcerpt(into: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      into.append(mark);
    } else {
      into.append(part.text);
    }
  }
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const base = form.dataset.base?.endsWith('/') ? form.dataset.base : `${form.dataset.base ?? ''}/`;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: 24 });
      return pf;
    }));

  let latest = 0;
  async function run(query: string): Promise<void> {
    const id = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list!.replaceChildren();
    if (!q) {
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const pf = await load();
      const search = await pf.search(q);
      const data = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
      if (id !== latest) return; // a newer search has started
      status!.textContent =
        data.length === 0
          ? `No pages match “${q}”.`
          : `${search.results.length} page${search.results.length === 1 ? '' : 's'} match “${q}”.`;
      for (const page of data) {
        const item = document.createElement('li');
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = passageHref(page.url, page.excerpt);
        a.textContent = page.meta.title ?? page.url;
        h.append(a);
        item.append(h);
        const passages = page.sub_results.filter((s) => s.excerpt.includes('<mark>')).slice(0, 3);
        if (passages.length === 0) {
          const p = document.createElement('p');
          renderExcerpt(p, page.excerpt);
          item.append(p);
        } else {
          const ul = document.createElement('ul');
          for (const sub of passages) {
            const li = document.createElement('li');
            const link = document.createElement('a');
            link.className = 'search-passage';
            link.href = passageHref(sub.url, sub.excerpt);
            // Pagefind's first passage is the text above the first heading, titled like the page.
            link.textContent = sub.url.includes('#') ? sub.title : 'Opening of the page';
            const p = document.createElement('p');
            renderExcerpt(p, sub.excerpt);
            li.append(link, p);
            ul.append(li);
          }
          item.append(ul);
        }
        list!.append(item);
      }
    } catch (error) {
      status!.textContent = 'Search could not load. Every page is listed below.';
      console.error(error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
