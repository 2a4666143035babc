/**
 * INDEX reading the one cell it answers, for the preview's engine (docs/perf/formula-profile.md).
 *
 * HyperFormula's INDEX reads its whole range before picking one cell: `INDEX(Products!$E:$E,MATCH(…))` in each of
 * 10,000 Promotions rows read the 2,000-row column 10,000 times. Here, for a sheet range and whole row and column
 * numbers within it, the cell is read alone — the value HyperFormula's copy of the range would hold at that place
 * (a spilled array there is its #VALUE!). Everything else (numbers below 1 or past the range, fractions, arrays
 * that are not sheet ranges) answers as HyperFormula's INDEX does, with its messages.
 */
import {
  CellError,
  ErrorType,
  HyperFormula,
  type FunctionPluginDefinition,
  type SimpleRangeValue,
} from "hyperformula";
import { withOwnMethods } from "./pluginMethods";

// HyperFormula's messages for INDEX's errors (its error-message module is not exported).
const LESS_THAN_ONE = "Argument cannot be less than 1.";
const VALUE_LARGE = "Value too large.";
const CELL_RANGE_EXPECTED = "Cell range expected.";

interface Address {
  sheet: number;
  row: number;
  col: number;
}
/** The parts of HyperFormula's function plugin this one uses (protected or internal in its typings). */
interface InformationPlugin {
  runFunction(
    args: unknown,
    state: unknown,
    metadata: unknown,
    fn: (range: SimpleRangeValue, row: number, col: number) => unknown
  ): unknown;
  metadata(name: string): unknown;
  dependencyGraph: { getScalarValue(address: Address): unknown };
}

const Base = HyperFormula.getFunctionPlugin("INDEX") as unknown as new (
  interpreter: unknown
) => InformationPlugin;

class DirectIndexPlugin extends Base {
  index(ast: { args: unknown }, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("INDEX"), (range, row, col) => {
      if (col < 1 || row < 1) return new CellError(ErrorType.VALUE, LESS_THAN_ONE);
      if (col > range.width() || row > range.height())
        return new CellError(ErrorType.NUM, VALUE_LARGE);
      const at = range.range?.start;
      if (at && Number.isInteger(row) && Number.isInteger(col))
        return this.dependencyGraph.getScalarValue({
          sheet: at.sheet,
          row: at.row + row - 1,
          col: at.col + col - 1,
        });
      const data = range.rawData();
      return (
        data[row - 1]?.[col - 1] ??
        data[0]?.[0] ??
        new CellError(ErrorType.VALUE, CELL_RANGE_EXPECTED)
      );
    });
  }
}
withOwnMethods(DirectIndexPlugin, Base);

export const DirectIndex = {
  base: Base as unknown as FunctionPluginDefinition,
  plugin: DirectIndexPlugin as unknown as FunctionPluginDefinition,
};
