/**
 * Every citable page's title by its site path ("tariffs/" → "US tariffs on India"), for naming
 * the pages a correction or a version concerns. The list of pages is lib/collections/citable-pages.ts's.
 */
import { citablePages } from '../collections/citable-pages';

export async function pageTitles(): Promise<Map<string, string>> {
  return new Map((await citablePages()).map((p) => [p.path, p.path === '' ? 'Home' : p.title]));
}
