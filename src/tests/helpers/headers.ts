/** Reading a `_headers` file (public/_headers, copied to dist/) as a host applies it. */

/** Headers a Cloudflare Pages-style host sends for a path: every matching rule in order, "! Name" detaching an inherited header. */
export function headersFor(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let applies = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      applies = pattern.test(path);
      continue;
    }
    if (!applies) continue;
    const detach = /^\s*!\s*(\S+)/.exec(line);
    if (detach) headers.delete(detach[1]!.toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      headers.set(name!.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return headers;
}
