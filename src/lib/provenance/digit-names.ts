/**
 * Names that contain digits but are not figures. The uncited-number checks (MDX prose, data
 * prose, built pages) let these through; every other digit must be cited. Keep this list short:
 * add a name only when it is a proper name from the seeds, never a quantity.
 */
export const DIGIT_NAMES = ['S-400', 'AK-203', 'Su-30MKI', 'H-1B', 'H1B', 'Trump 2.0'] as const;

/** One pattern for all of them, built once; every check masks names the same way. */
export const DIGIT_NAME_PATTERN = new RegExp(
  DIGIT_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** The text with each digit-bearing name replaced by spaces of the same length, so match offsets stay true. */
export function maskDigitNames(text: string): string {
  return text.replace(DIGIT_NAME_PATTERN, (name) => ' '.repeat(name.length));
}
