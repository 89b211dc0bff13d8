/**
 * A derived figure recomputes: its formula parses, uses exactly its declared inputs, every input
 * is another figure, and the result rounded to `digits` (default 2) equals its value.
 */
import type { DerivedFigure, Figure } from '../schema';
import { evaluateFormula, formulaInputs } from '../formula';
import type { Finding } from '../types';
import { reporter, type DatasetCheck } from './check';

function checkDerivedFigure(figure: DerivedFigure, byId: Map<string, Figure>): (string | Finding)[] {
  let used: string[];
  try {
    used = formulaInputs(figure.formula);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: (string | Finding)[] = [];
  const declared = [...figure.inputs].sort().join(', ');
  if ([...used].sort().join(', ') !== declared) {
    problems.push(
      `inputs [${declared}] do not match the ids the formula uses [${used.join(', ')}]; list exactly the ids in the formula`,
    );
  }
  const values: Record<string, number> = {};
  for (const input of figure.inputs) {
    const found = byId.get(input);
    if (!found) problems.push(`input "${input}" is not a figure id; add it to content/data/figures/ or fix the id`);
    else if (found.id === figure.id) problems.push('a derived figure cannot use itself as an input');
    else values[input] = found.value;
  }
  if (Object.keys(values).length !== figure.inputs.length) return problems;
  try {
    const computed = evaluateFormula(figure.formula, values);
    const digits = figure.digits ?? 2;
    const rounded = Number(computed.toFixed(digits));
    if (Math.abs(rounded - figure.value) > 1e-9) {
      const message = `derived value does not recompute: ${figure.formula} = ${computed} (rounded to ${digits} decimals: ${rounded}), but value is ${figure.value}; fix the value or the formula`;
      problems.push({ code: 'derived-recompute', message });
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

export const checkDerivedFigures: DatasetCheck = (context) => {
  const { errors, report } = reporter(context, 'figures');
  const byId = new Map(context.data.figures.map((f) => [f.id, f]));
  for (const figure of context.data.figures) {
    if (figure.kind === 'derived') report(figure.id, checkDerivedFigure(figure, byId));
  }
  return errors;
};
