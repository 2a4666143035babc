/**
 * functions.json as Excel is to read it. custom-functions-metadata-plugin generates it from the JSDoc of
 * src/functions/functions.ts (which stays its only source) but cannot emit the top-level
 * `"allowErrorForDataTypeAny": true`. Without it Excel passes no error value to a custom function: a call with an
 * error among its arguments is that error, unseen by the function — `=PLAN.CONVERSION(B2:B100,C2:C100)` with one
 * #N/A in a range is one #N/A instead of a spilled column with one error, and the runner's messages naming the
 * argument ("orders is #N/A") never show (Microsoft's "Errors as custom function inputs", custom-functions-errors,
 * and the root properties of custom-functions-json). AllowErrorsPlugin adds it to the generated asset after the
 * metadata plugin has emitted it.
 */
const { Compilation, sources, WebpackError } = require("webpack");

const METADATA_FILE = "functions.json";
const PLUGIN_NAME = "AllowErrorsPlugin";

/** The generated metadata with `allowErrorForDataTypeAny: true` at its top level; the functions as generated. */
function allowErrorsForAny(json) {
  const metadata = JSON.parse(json);
  if (typeof metadata !== "object" || metadata === null || !Array.isArray(metadata.functions))
    throw new Error(`${METADATA_FILE} is not custom functions metadata (no "functions" list)`);
  const { allowErrorForDataTypeAny: _old, ...rest } = metadata;
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...rest }, null, 4);
}

/** Rewrites the metadata asset once every plugin has added its assets; a build without it fails. */
class AllowErrorsPlugin {
  constructor(file = METADATA_FILE) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) {
            // The metadata plugin reports its own errors; only a silent absence is ours to report.
            if (compilation.errors.length === 0)
              compilation.errors.push(
                new WebpackError(`${PLUGIN_NAME}: no ${this.file} was generated`)
              );
            return;
          }
          const json = allowErrorsForAny(asset.source.source().toString());
          compilation.updateAsset(this.file, new sources.RawSource(json));
        }
      );
    });
  }
}

module.exports = { allowErrorsForAny, AllowErrorsPlugin, METADATA_FILE };
