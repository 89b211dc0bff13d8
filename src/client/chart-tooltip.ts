/**
 * <chart-tooltip>: hover, tap and keyboard details for the marks of a build-time SVG chart.
 * Each mark carries its details in data-info (written at build from verified data); this only
 * shows them. The chart is one Tab stop: arrow keys move between its marks (roving tabindex).
 * Enter on a focused mark opens its source line; Escape closes. Nothing animates.
 */
import type { MarkInfo } from '../lib/charts/geometry';
import { applyEmbedLinkTarget } from '../lib/site/embed';
/** The details a mark carries, as the geometry module describes them. */
type Info = MarkInfo;

/** Arrow keys between marks: previous/next (wrapping), Home and End to the first and last. */
const ARROWS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowUp: -1,
  ArrowRight: 1,
  ArrowDown: 1,
  Home: -Infinity,
  End: Infinity,
};
/** The least room (px) kept between a tooltip and the edge of the viewport. */
const EDGE = 8;

class ChartTooltip extends HTMLElement {
  private tip: HTMLElement | null = null;
  private current: SVGGElement | null = null;
  private pinned = false;

  connectedCallback(): void {
    this.tip = this.querySelector<HTMLElement>('.chart-tip');
    this.addEventListener('pointerover', (e) => {
      const mark = this.markOf(e.target);
      if (mark && !this.pinned) this.show(mark);
    });
    this.addEventListener('pointerleave', () => {
      if (this.pinned) return;
      // Details shown by keyboard focus stay while the focus does (WCAG 1.4.13, persistent):
      // the mouse passing over the chart and out again goes back to the focused mark's.
      const focused = this.markOf(document.activeElement);
      if (focused && this.contains(focused)) this.show(focused);
      else this.hide();
    });
    this.addEventListener('click', (e) => {
      const mark = this.markOf(e.target);
      if (!mark) return;
      // A tap pins the details open so their source link can be followed; tap again to close.
      if (this.pinned && this.current === mark) this.hide();
      else {
        this.show(mark);
        this.pinned = true;
      }
    });
    this.addEventListener('focusin', (e) => {
      const mark = this.markOf(e.target);
      if (!mark) return;
      // Roving tabindex: the focused mark is the chart's one Tab stop, so Tab leaves the chart.
      for (const other of this.marksOf(mark)) other.tabIndex = other === mark ? 0 : -1;
      this.show(mark);
    });
    this.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (!next || !this.contains(next)) this.hide();
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.current) {
        const mark = this.current;
        this.hide();
        if (this.tip?.contains(document.activeElement)) mark.focus();
        e.stopPropagation();
      } else if (ARROWS[e.key] !== undefined && this.markOf(e.target)) {
        const mark = this.markOf(e.target)!;
        const marks = this.marksOf(mark);
        const at = marks.indexOf(mark);
        const step = ARROWS[e.key]!;
        const to =
          step === -Infinity ? 0 : step === Infinity ? marks.length - 1 : (at + step + marks.length) % marks.length;
        marks[to]?.focus();
        e.preventDefault();
      } else if (e.key === 'Enter' && this.markOf(e.target)) {
        // Follow the details' first source link itself, so Enter goes where a click would (a new tab in an embed).
        this.show(this.markOf(e.target)!);
        this.tip?.querySelector<HTMLAnchorElement>('.tip-sources a')?.click();
      }
    });
    // Escape closes details opened by hover too, when focus is elsewhere on the page.
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.current && !this.contains(document.activeElement)) this.hide();
    });
    document.addEventListener('click', (e) => {
      if (this.pinned && !this.contains(e.target as Node)) this.hide();
    });
  }

  private markOf(target: EventTarget | null): SVGGElement | null {
    return target instanceof Element ? target.closest<SVGGElement>('g[data-mark]') : null;
  }

  /** The marks of the drawing that holds this mark (the narrow and wide layouts are two drawings). */
  private marksOf(mark: SVGGElement): SVGGElement[] {
    const svg = mark.ownerSVGElement;
    return svg ? [...svg.querySelectorAll<SVGGElement>('g[data-mark]')] : [mark];
  }

  private info(mark: SVGGElement): Info | null {
    try {
      return JSON.parse(mark.dataset.info ?? '') as Info;
    } catch {
      return null;
    }
  }

  private show(mark: SVGGElement): void {
    const info = this.info(mark);
    const tip = this.tip;
    if (!info || !tip) return;
    this.current?.classList.remove('is-active');
    this.current = mark;
    mark.classList.add('is-active');
    const line = (cls: string, text: string) => {
      const p = document.createElement('p');
      p.className = cls;
      p.textContent = text;
      return p;
    };
    const sources = document.createElement('p');
    sources.className = 'tip-sources';
    sources.append('Source: ');
    info.sources.forEach((s, i) => {
      if (i) sources.append('; ');
      const a = document.createElement('a');
      a.href = s.href;
      a.textContent = s.label;
      a.title = s.quote;
      if (document.body.classList.contains('embed')) applyEmbedLinkTarget(a);
      sources.append(a);
    });
    tip.replaceChildren(
      line('tip-label', info.label),
      line('tip-value', info.value),
      line('tip-date', `${info.date} (${info.precision})`),
      ...(info.note ? [line('tip-note', info.note)] : []),
      ...(info.derived ? [line('tip-note', `Derived: ${info.derived}`)] : []),
      sources,
    );
    tip.hidden = false;
    // Place the box under the mark (above it if it would leave the bottom of the screen), kept
    // inside the chart's frame and the viewport, with a margin on each side.
    const frame = this.getBoundingClientRect();
    // The mark's hit area, not the whole group: a level's riser reaches up to the next level.
    const box = (mark.querySelector('.hit') ?? mark).getBoundingClientRect();
    const gap = 6;
    const viewWidth = document.documentElement.clientWidth;
    const viewHeight = window.innerHeight;
    tip.style.maxWidth = `${Math.min(352, viewWidth - 2 * EDGE)}px`;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const minLeft = Math.max(0, EDGE - frame.left);
    const maxLeft = Math.min(frame.width, viewWidth - EDGE - frame.left) - width;
    const left = Math.min(
      Math.max(box.left - frame.left + box.width / 2 - width / 2, minLeft),
      Math.max(maxLeft, minLeft),
    );
    const below = box.bottom + gap;
    const above = box.top - gap - height;
    const fitsBelow = below + height <= viewHeight - EDGE;
    // Below if it fits, else above if that fits, else as low as the viewport allows (over the mark).
    const top = fitsBelow ? below : above >= EDGE ? above : Math.max(EDGE, viewHeight - EDGE - height);
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top - frame.top)}px`;
  }

  private hide(): void {
    this.current?.classList.remove('is-active');
    this.current = null;
    this.pinned = false;
    if (this.tip) this.tip.hidden = true;
  }
}

if (!customElements.get('chart-tooltip')) customElements.define('chart-tooltip', ChartTooltip);
