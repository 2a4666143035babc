/** Node's parseArgs for every command, its errors turned into one-line usage errors in the asked language. */
import { parseArgs, type ParseArgsConfig } from "util";
import type { CliText } from "./i18n";
import { CliError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<O extends Options>(argv: string[], options: O, t: CliText) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const err = e as Error & { code?: string };
    const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new CliError(t("unknownOption", { option }));
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new CliError(t("missingValue", { option }));
    throw new CliError(err.message.split("\n")[0]);
  }
}
