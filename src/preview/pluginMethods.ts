/**
 * HyperFormula registers a function only if its method is the plugin's own (`hasOwnProperty` on the prototype): a
 * plugin that extends a built-in one gets the inherited methods of the functions it keeps set on its own prototype.
 */
import type { FunctionPluginDefinition } from "hyperformula";

export function withOwnMethods(plugin: { prototype: object }, base: { prototype: object }): void {
  const own = plugin.prototype as Record<string, unknown>;
  const inherited = base.prototype as Record<string, unknown>;
  for (const { method } of Object.values(
    (base as unknown as FunctionPluginDefinition).implementedFunctions
  ))
    if (!Object.prototype.hasOwnProperty.call(own, method))
      Object.defineProperty(own, method, {
        value: inherited[method],
        writable: true,
        configurable: true,
      });
}
