/**
 * A formula written once with named holes, filled many times: the Timeline writes one formula per week cell
 * (2,000 products × 53 weeks), each the row's template with the week's references. The template is split at its holes
 * once; filling it is one join (a flat string, where `+` would keep a rope of pieces alive for the collector to walk).
 */
export type FormulaTemplate<K extends string> = (values: Readonly<Record<K, string>>) => string;

export function formulaTemplate<K extends string>(
  holes: readonly K[],
  write: (refs: Record<K, string>) => string
): FormulaTemplate<K> {
  const marks = Object.fromEntries(holes.map((h, i) => [h, `\ue000${i}\ue001`])) as Record<
    K,
    string
  >;
  const split = write(marks).split(/\ue000(\d+)\ue001/);
  // Even indexes: literal text; odd: the index of the hole to fill.
  const pieces = split.slice();
  const holeAt: [number, K][] = [];
  for (let i = 1; i < split.length; i += 2) holeAt.push([i, holes[Number(split[i])]]);
  return (values) => {
    for (const [i, hole] of holeAt) pieces[i] = values[hole];
    return pieces.join("");
  };
}
