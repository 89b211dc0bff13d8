/** Text measures for chart layout: no DOM, so widths are estimated for the widest likely face. */

/** Rough text width for label placement, sized for DejaVu Sans (wider than most system faces): 0.6 em, 0.68 bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.68 : 0.6);
}

/**
 * Greedy word wrap to a pixel width, at `em` average character width. A word longer than the
 * line (a URL) is broken after a slash, or anywhere, so nothing runs past the edge.
 */
export function wrap(text: string, width: number, fontSize: number, em = 0.56): string[] {
  const fits = (t: string) => t.length * fontSize * em <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) current = next;
    else {
      if (current) lines.push(current);
      current = word;
      while (!fits(current)) {
        const most = Math.max(1, Math.floor(width / (fontSize * em)));
        const slash = current.lastIndexOf('/', most - 1);
        const cut = slash > most / 2 ? slash + 1 : most;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
  }
  if (current) lines.push(current);
  return lines;
}
