/**
 * HyperFormula links a range to the cells it covers each time a formula refers to the range, even when the range
 * already exists and is linked: for a whole-column range (`Promotions!$A:$A`) that is one edge check per used row,
 * for every formula naming it — products × promotions for the Products Flags, promotions × products for the
 * Promotions look-ups, which made most of the preview engine's build (docs/perf/formula-profile.md).
 *
 * A whole-column range needs those links once: HyperFormula links every cell set later in its column as the cell is
 * set (`correctInfiniteRangesDependency`). So, for the preview's engine, a formula naming a whole-column range that
 * is already in the graph as one only gets its edge from the range; everything else goes through HyperFormula's own
 * linking. That edge is appended without HyperFormula's check for an existing one (a scan of all the range's
 * dependents, 10,000 formulas for Products!$A:$A): the formula's vertex is new (HyperFormula makes a new vertex for
 * every formula it sets), so only the same range named twice in the formula could repeat it, and that is skipped.
 *
 * The same holds for a bounded range already in the graph (the Promotions Flags' `Calendar!$E$1:$E$1000`, named by
 * every Promotions row): HyperFormula linked its cells when the first formula named it — an empty cell as an empty
 * vertex, which keeps its edges when a value is typed there — and re-walking its 1,000 cells for each formula, then
 * scanning its dependents before appending the edge, made the preview's build at 2,000 / 10,000 three times slower
 * than with the whole columns before (docs/perf/formula-profile.md, "The Calendar criteria").
 * Uses HyperFormula's internals (not in its public typings), checked by the preview's tests.
 */
import type { HyperFormula } from "hyperformula";

interface Vertex {
  idInGraph?: number;
}
interface Range {
  start: object;
  end: object;
  isFinite(): boolean;
}
interface DependencyGraphInternals {
  graph: { infiniteRangeIds: Set<number>; edgesSparseArray: number[][] };
  getRange(start: object, end: object): Vertex | undefined;
  processCellDependencies(dependencies: unknown[], endVertex: Vertex): void;
}

const isRange = (d: unknown): d is Range =>
  typeof d === "object" &&
  d !== null &&
  "start" in d &&
  "end" in d &&
  typeof (d as { isFinite?: unknown }).isFinite === "function";

/** Makes an engine link each whole-column range, and each bounded range, to its cells once (see above). */
export function linkRangesOnce(hf: HyperFormula): void {
  const graph = (hf as unknown as { dependencyGraph: DependencyGraphInternals }).dependencyGraph;
  const linkAll = graph.processCellDependencies.bind(graph);
  graph.processCellDependencies = (dependencies, endVertex) => {
    const rest: unknown[] = [];
    const linked = new Set<number>();
    for (const dep of dependencies) {
      if (isRange(dep) && endVertex.idInGraph !== undefined) {
        const id = graph.getRange(dep.start, dep.end)?.idInGraph;
        if (id !== undefined && (dep.isFinite() || graph.graph.infiniteRangeIds.has(id))) {
          if (!linked.has(id)) graph.graph.edgesSparseArray[id].push(endVertex.idInGraph);
          linked.add(id);
          continue;
        }
      }
      rest.push(dep);
    }
    linkAll(rest, endVertex);
  };
}
