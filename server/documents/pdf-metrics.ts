/** Font sizes of the PDF in points: notes and table text, body text, titles inside the body. */
export const SIZE = { small: 8.5, normal: 10.5, large: 13 } as const;
/** A centimetre in points. */
export const CM = 28.3465;
