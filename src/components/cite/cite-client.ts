/**
 * Citation enhancements, one small bundle: copy buttons for "Cite this" blocks and previews for
 * [n] marks. Everything works without it: citation text is selectable, marks are links.
 */

// --- Copy buttons --------------------------------------------------------------------------
for (const button of document.querySelectorAll<HTMLButtonElement>('button.cite-copy')) button.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button.cite-copy');
  if (!button) return;
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target) return;
  try {
    await navigator.clipboard.writeText(target.textContent?.trim() ?? '');
    button.textContent = 'Copied';
  } catch {
    // No clipboard permission (e.g. http): select the text so Ctrl+C / long-press copies it.
    getSelection()?.selectAllChildren(target);
    button.textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2500);
});

// --- Citation previews ---------------------------------------------------------------------
let shown: HTMLElement | null = null; // the one preview on screen
let touched = false;
let openBeforeTap = false; // was the tapped mark's preview already showing when the finger went down?

function previewOf(mark: Element | null): HTMLElement | null {
  const id = mark?.getAttribute('data-preview');
  return id ? document.getElementById(id) : null;
}

function hide(): void {
  if (shown) shown.hidden = true;
  shown = null;
}

function show(mark: Element): void {
  const preview = previewOf(mark);
  if (!preview || preview === shown) return;
  hide(); // one preview at a time
  preview.hidden = false;
  preview.style.transform = '';
  const overflow = preview.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
  if (overflow > 0) preview.style.transform = `translateX(-${overflow}px)`;
  shown = preview;
}

const markOf = (target: EventTarget | null) => (target as Element | null)?.closest?.('sup.cite a[data-preview]') ?? null;

document.addEventListener('focusin', (e) => {
  const mark = markOf(e.target);
  if (mark) show(mark);
  else hide();
});
document.addEventListener('focusout', (e) => {
  if (markOf(e.target)) hide();
});
document.addEventListener('pointerover', (e) => {
  if (e.pointerType === 'touch') return;
  const mark = markOf(e.target);
  if (mark) show(mark);
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
