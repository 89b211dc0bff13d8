/**
 * Citation enhancements, one small bundle: today's access date, copy buttons (rich text, and a
 * live region that says "Copied"), dated .bib/.ris downloads for "Cite this" blocks, and
 * previews for [n] marks. Everything works without it: citation text is selectable (the box
 * asks the reader to add the date), the files download as built, marks are links.
 */

import { formatAccessed, localDay, withAccessDate, type AccessedStyle } from '../lib/cite/access-date';

// --- Access date ---------------------------------------------------------------------------
// Citations say "[the date you read it]" in the HTML; fill in the reader's today, and again at
// each copy or download (the page may have stayed open past midnight).
function fillAccessDates(): void {
  const today = localDay(new Date());
  for (const span of document.querySelectorAll<HTMLElement>('.cite-text [data-accessed]')) {
    span.textContent = formatAccessed(today, span.dataset.accessed as AccessedStyle);
    span.dataset.filled = '';
  }
  for (const note of document.querySelectorAll('.cite-accessed-note')) {
    note.textContent = 'The access date is today’s, filled in by your browser.';
  }
}
fillAccessDates();

// --- Copy buttons --------------------------------------------------------------------------
for (const button of document.querySelectorAll<HTMLButtonElement>('button.cite-copy')) button.hidden = false;

/**
 * One polite live region for the page, added when the script loads so that it is in the page
 * before anything is written to it (screen readers announce changes to a region they know).
 */
const status = Object.assign(document.createElement('p'), { className: 'visually-hidden cite-status' });
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
document.body.append(status);

function announce(button: HTMLButtonElement, state: string, message: string): void {
  // The visible state ("Copy" → "Copied") is the button's own text; nothing masks it.
  const label = button.querySelector('.cite-copy-state') ?? button;
  label.textContent = state;
  status.textContent = message;
  setTimeout(() => {
    label.textContent = 'Copy';
    status.textContent = '';
  }, 2500);
}

async function copyCitation(target: HTMLElement): Promise<void> {
  const text = (target.textContent ?? '').trim();
  // Styled citations copy as rich text too, so word processors keep the italics.
  if (target.tagName === 'P' && typeof ClipboardItem !== 'undefined') {
    const html = target.innerHTML.trim();
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button.cite-copy');
  if (!button) return;
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target) return;
  fillAccessDates();
  const what = button.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
  try {
    await copyCitation(target);
    announce(button, 'Copied', `Copied ${what}`.trim());
  } catch {
    // No clipboard permission (e.g. http): select the text so Ctrl+C / long-press copies it.
    getSelection()?.selectAllChildren(target);
    announce(button, 'Selected: press Ctrl+C', 'Citation selected: press Ctrl+C to copy');
  }
});

// --- .bib and .ris downloads with today's access date ---------------------------------------
document.addEventListener('click', async (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-cite-download]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const kind = link.dataset.citeDownload === 'ris' ? 'ris' : 'bib';
  try {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const file = withAccessDate(await response.text(), kind, localDay(new Date()));
    const url = URL.createObjectURL(new Blob([file], { type: response.headers.get('Content-Type') ?? 'text/plain' }));
    const save = Object.assign(document.createElement('a'), {
      href: url,
      download: link.pathname.split('/').at(-1) ?? `citation.${kind}`,
    });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch {
    location.assign(link.href); // the file as built, without an access date
  }
});

// --- Citation previews ---------------------------------------------------------------------
let shown: HTMLElement | null = null; // the one preview on screen
let touched = false;
let openBeforeTap = false; // was the tapped mark's preview already showing when the finger went down?
// A preview opened by keyboard focus stays while its mark has focus (WCAG 1.4.13, persistent):
// a mouse resting elsewhere, which the browser "moves" over new content when focus scrolls the
// page, must not close it.
let focusedMark: Element | null = null;

function previewOf(mark: Element | null): HTMLElement | null {
  const id = mark?.getAttribute('data-preview');
  if (id) return document.getElementById(id);
  const noteId = mark?.getAttribute('data-note');
  return noteId ? previewFromNote(noteId) : null;
}

/**
 * The preview of a mark whose page writes none (CitationMark, PREVIEWS_FROM_NOTES): its endnote's
 * words (source, headline, line and the words relied on) without the back-links, links made text
 * (the mark itself links to the line). Built once per note and shared by its marks.
 */
function previewFromNote(noteId: string): HTMLElement | null {
  const id = `preview-${noteId}`;
  const built = document.getElementById(id);
  if (built) return built;
  const note = document.getElementById(noteId);
  if (!note) return null;
  const preview = document.createElement('span');
  preview.className = 'cite-preview';
  preview.id = id;
  preview.hidden = true;
  preview.setAttribute('data-pagefind-ignore', 'all');
  const words = note.cloneNode(true) as HTMLElement;
  words.querySelector('.backrefs')?.remove();
  for (const link of words.querySelectorAll('a')) link.replaceWith(...link.childNodes);
  preview.append(...words.childNodes);
  preview.normalize();
  return preview;
}

function hide(): void {
  if (shown) shown.hidden = true;
  shown = null;
}

function show(mark: Element): void {
  const preview = previewOf(mark);
  if (!preview) return;
  // A line's preview is written once per page and shared by its marks: show it beside this one.
  if (preview.parentElement !== mark.parentElement) {
    hide();
    mark.parentElement?.append(preview);
  }
  if (preview === shown) return;
  hide(); // one preview at a time
  preview.hidden = false;
  preview.style.transform = '';
  preview.classList.remove('cite-preview-above');
  const box = preview.getBoundingClientRect();
  const overflow = box.right - document.documentElement.clientWidth + 8;
  if (overflow > 0) preview.style.transform = `translateX(-${overflow}px)`;
  // Below the mark unless that runs off the bottom of the screen and there is room above it.
  if (box.bottom > window.innerHeight && mark.getBoundingClientRect().top > box.height + 8)
    preview.classList.add('cite-preview-above');
  shown = preview;
}

const markOf = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.('sup.cite a[data-preview], sup.cite a[data-note]') ?? null;

document.addEventListener('focusin', (e) => {
  focusedMark = markOf(e.target);
  if (focusedMark) show(focusedMark);
  else hide();
});
document.addEventListener('focusout', (e) => {
  if (!markOf(e.target)) return;
  focusedMark = null;
  hide();
});
document.addEventListener('pointerover', (e) => {
  if (e.pointerType === 'touch') return;
  const mark = markOf(e.target);
  if (mark) show(mark);
  else if (focusedMark && previewOf(focusedMark) === shown) return;
  else if (shown && !shown.parentElement?.contains(e.target as Node)) hide();
});
document.addEventListener('pointerdown', (e) => {
  touched = e.pointerType === 'touch';
  const mark = markOf(e.target);
  openBeforeTap = !!mark && previewOf(mark) === shown;
  if (shown && !shown.parentElement?.contains(e.target as Node)) hide();
});
document.addEventListener('click', (e) => {
  const mark = markOf(e.target);
  // First tap on a touch screen previews; a second tap on the same mark follows the link.
  // (Focus arrives between pointerdown and click and opens it, so remember the state at pointerdown.)
  if (mark && touched && !openBeforeTap) {
    e.preventDefault();
    show(mark);
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && shown) hide();
});
export {};
