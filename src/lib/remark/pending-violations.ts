/**
 * TEMPORARY. Known violations of the issue-10 rules in the current content, allowed so the build
 * stays green until the content branch (which fixes them) is merged. Each entry names the file,
 * the rule and words of the problem's message. The build prints every allowed violation as a
 * warning. Typographic quotes are matched as plain ones (the build curls them). Delete entries (and, once empty, this list) when the content fixes land.
 */
import type { Problem } from './mdx-tree';
import { normaliseForMatch } from '../provenance/text';

export interface PendingViolation {
  file: string;
  rule: string;
  /** Words that occur in the problem's message, e.g. the quantity or the paragraph's first words. */
  found: string;
}

export const PENDING_VIOLATIONS: readonly PendingViolation[] = [
  { file: 'content/pages/analysis.mdx', rule: 'paragraph-citations', found: '("The five sources were written at different mo' },
  { file: 'content/pages/analysis.mdx', rule: 'paragraph-citations', found: '("These views do not simply contradict each oth' },
  { file: 'content/pages/analysis.mdx', rule: 'paragraph-citations', found: '("How one reads India\'s choices depends on when' },
  { file: 'content/pages/crude-oil.mdx', rule: 'uncited-quantities', found: 'words "doubled"' },
  { file: 'content/pages/crude-oil.mdx', rule: 'uncited-quantities', found: 'words "double"' },
  { file: 'content/pages/defence.mdx', rule: 'paragraph-citations', found: '("BrahMos. The BrahMos cruise missile, develope' },
  { file: 'content/pages/defence.mdx', rule: 'paragraph-citations', found: '("AK-203. India manufactures AK-203 assault rif' },
  { file: 'content/pages/defence.mdx', rule: 'paragraph-citations', found: '("Su-30MKI. India is negotiating for more Su-30' },
  { file: 'content/pages/defence.mdx', rule: 'paragraph-citations', found: '("Chakra III. India is also negotiating to leas' },
  { file: 'content/pages/defence.mdx', rule: 'paragraph-citations', found: '("Defence is where India\'s ties with Russia run' },
  { file: 'content/pages/diplomacy.mdx', rule: 'paragraph-citations', found: '("While tariffs and threats dominated the headl' },
  { file: 'content/pages/diplomacy.mdx', rule: 'uncited-quantities', found: 'words "twice"' },
  { file: 'content/pages/diplomacy.mdx', rule: 'paragraph-citations', found: '("The contacts show India\'s strategic autonomy ' },
  { file: 'content/pages/index.mdx', rule: 'uncited-quantities', found: 'words "doubled"' },
  { file: 'content/pages/index.mdx', rule: 'doubled-hedges', found: '"about" before <Fig id="india-russian-crude-2025">' },
  { file: 'content/pages/index.mdx', rule: 'paragraph-citations', found: '("Every number on this site links to the line o' },
  { file: 'content/pages/pakistan.mdx', rule: 'paragraph-citations', found: '("The sources show Pakistan turning up at every' },
  { file: 'content/pages/pakistan.mdx', rule: 'uncited-quantities', found: 'words "dozens"' },
  { file: 'content/pages/pakistan.mdx', rule: 'paragraph-citations', found: '("The Pakistan episode turned a trade dispute i' },
  { file: 'content/pages/people-and-visas.mdx', rule: 'paragraph-citations', found: '("Deportations and visas touch Indians directly' },
  { file: 'content/pages/strategic-autonomy.mdx', rule: 'uncited-quantities', found: 'words "doubling"' },
  { file: 'content/pages/strategic-autonomy.mdx', rule: 'paragraph-citations', found: '("The analysts quoted in the sources all see th' },
  { file: 'content/pages/strategic-autonomy.mdx', rule: 'paragraph-citations', found: '("Strategic autonomy explains why India did not' },
  { file: 'content/pages/tariffs.mdx', rule: 'uncited-quantities', found: 'words "doubled"' },
  { file: 'content/pages/tariffs.mdx', rule: 'uncited-quantities', found: 'words "doubles"' },
  { file: 'content/pages/tariffs.mdx', rule: 'uncited-quantities', found: 'words "double"' },
  { file: 'content/pages/tariffs.mdx', rule: 'uncited-quantities', found: 'words "dozens"' },
  { file: 'content/pages/tariffs.mdx', rule: 'paragraph-citations', found: '("The tariff fight tied trade to India\'s Russia' },
  { file: 'content/pages/trade.mdx', rule: 'uncited-quantities', found: 'words "one fifth of"' },
];

export function isPending(file: string, problem: Problem): boolean {
  return PENDING_VIOLATIONS.some((v) => v.file === file && v.rule === problem.rule && normaliseForMatch(problem.message).includes(normaliseForMatch(v.found)));
}

export function partitionPending(file: string, problems: Problem[]): { problems: Problem[]; pending: Problem[] } {
  return { problems: problems.filter((p) => !isPending(file, p)), pending: problems.filter((p) => isPending(file, p)) };
}
