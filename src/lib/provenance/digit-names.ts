/**
 * Names that contain digits but are not figures. The uncited-number check lets these through
 * in MDX prose; every other digit must sit inside a citation component. Keep this list short:
 * add a name only when it is a proper name from the seeds, never a quantity.
 */
export const DIGIT_NAMES = ['S-400', 'AK-203', 'Su-30MKI', 'H-1B', 'H1B', 'Trump 2.0'] as const;
