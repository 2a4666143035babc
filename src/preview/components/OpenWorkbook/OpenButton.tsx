/** The toolbar's "Open .xlsx" button, over a hidden file input. */
import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { PreviewT } from "../../texts";
import type { OpenWorkbookClasses } from "./useOpenWorkbookStyles.styles";

export interface OpenButtonProps {
  disabled: boolean;
  onFile: (file: File) => void;
  t: PreviewT;
  classes: OpenWorkbookClasses;
}

export function OpenButton({ disabled, onFile, t, classes }: OpenButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={classes.hiddenInput}
        data-testid="open-xlsx-input"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // the same file can be opened again
          if (file) onFile(file);
        }}
      />
      <Button
        appearance="primary"
        data-testid="open-xlsx"
        title={t("openHint")}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t("open")}
      </Button>
    </>
  );
}
