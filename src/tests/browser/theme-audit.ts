/**
 * What the dark-theme audit of a page must run, given the light-theme audit of the same document
 * at the same width.
 *
 * The site's dark theme is colours only (light-dark() in src/styles/global.css); the one other
 * change is the theme switch's own `aria-pressed`. axe's rules fall in two kinds:
 *  - the COLOUR rules (color-contrast, link-in-text-block), whose result depends on colours: they
 *    always run again, on the whole page, in the dark theme;
 *  - every other rule, whose result depends only on the DOM (elements, attributes, text) and on
 *    layout and visibility. Where those are the same in both themes, so is the rule's result.
 *
 * So before the dark audit the page is compared with its light self, element by element: tag,
 * attributes (except data-*, which no axe rule reads), own text, generated ::before/::after
 * content, box, and the computed properties that decide visibility. Then:
 *  - nothing but colours differs: the colour rules run on the whole page, and every rule runs on
 *    each element whose attributes or text differ (it must have an id to be audited alone);
 *  - anything else differs (a box, a display, an element without an id): the full audit runs.
 * Nothing is assumed: the non-colour results are carried over only where this comparison proves
 * the inputs equal, and the colour-only audit takes about 60 % of a full one.
 */
import type { Page } from 'playwright-core';

/** The axe-core tags every page is audited against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules (within AXE_TAGS) whose result depends on colour. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

export type DarkAuditScope = { kind: 'full'; reason: string } | { kind: 'colour'; alsoFullOn: string[] };

interface ThemeAuditWindow {
  /** [id, tag + attributes + own text, generated content + box + visibility] for every element, in document order. */
  __elementStates?: () => string[][];
  __lightState?: string[][];
}

/**
 * Let the page react to a theme or size change first: the system colour-scheme change reaches the
 * page's own listeners (which set the switch's aria-pressed) in the next frames, and the state
 * compared must be the state audited.
 */
function settle(tab: Page): Promise<void> {
  return tab.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}

/** Remember the page's light-theme state (kept in the page: only a summary crosses the wire). */
export async function recordLightState(tab: Page): Promise<void> {
  await settle(tab);
  await tab.evaluate(() => {
    const w = window as unknown as ThemeAuditWindow;
    w.__elementStates = () =>
      Array.from(document.querySelectorAll('*'), (el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const attributes = Array.from(el.attributes)
          .filter((a) => !a.name.startsWith('data-'))
          .map((a) => `${a.name}=${a.value}`)
          .join(' ');
        const ownText = Array.from(el.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('');
        const generated = `${getComputedStyle(el, '::before').content}|${getComputedStyle(el, '::after').content}`;
        const shown = [
          box.x,
          box.y,
          box.width,
          box.height,
          style.display,
          style.visibility,
          style.opacity,
          style.contentVisibility,
          style.clipPath,
          style.getPropertyValue('clip'),
          style.overflow,
          style.position,
          style.zIndex,
          style.pointerEvents,
        ].join(',');
        return [el.id, `${el.tagName} ${attributes} ${ownText}`, `${generated} ${shown}`];
      });
    w.__lightState = w.__elementStates();
  });
}

/** Compare the page now (dark) with its recorded light state and say what the dark audit must run. */
export async function darkAuditScope(tab: Page): Promise<DarkAuditScope> {
  await settle(tab);
  return tab.evaluate((): DarkAuditScope => {
    const w = window as unknown as ThemeAuditWindow;
    const light = w.__lightState;
    if (!light || !w.__elementStates) return { kind: 'full', reason: 'no light-theme state was recorded' };
    const dark = w.__elementStates();
    const elements = document.querySelectorAll('*');
    if (dark.length !== light.length)
      return { kind: 'full', reason: `${light.length} elements in light, ${dark.length} in dark` };
    const alsoFullOn: string[] = [];
    for (const [i, [id, content, shown]] of dark.entries()) {
      const [lightId, lightContent, lightShown] = light[i]!;
      const name = `<${elements[i]!.tagName.toLowerCase()}${id ? ` id="${id}"` : ''}>`;
      if (shown !== lightShown) return { kind: 'full', reason: `${name} is laid out or shown differently` };
      if (content !== lightContent) {
        if (!id || id !== lightId)
          return { kind: 'full', reason: `${name}, which has no id to audit it alone, changed its attributes or text` };
        alsoFullOn.push(`#${CSS.escape(id)}`);
      }
    }
    return { kind: 'colour', alsoFullOn };
  });
}
