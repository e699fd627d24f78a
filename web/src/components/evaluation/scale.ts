/** Scale values from min to max by step: 1, 2, 3, 4, 5 (rounded, so a 0.5 step does not drift). */
export function scaleValues(scale: { min: number; max: number; step: number }): number[] {
  const out: number[] = [];
  for (let v = scale.min; v <= scale.max + 1e-9; v += scale.step) out.push(Math.round(v * 1000) / 1000);
  return out;
}
