/** Each corpus file and the original plan it was written from (see README.md). */
export const CORPUS_FILES: {
  file: string;
  plan: "en" | "zh-CN";
  writer: string;
  sheetJs?: boolean;
}[] = [
  { file: "openpyxl-plan.xlsx", plan: "en", writer: "openpyxl" },
  { file: "openpyxl-plan.zh-CN.xlsx", plan: "zh-CN", writer: "openpyxl (plain)" },
  { file: "xlsxwriter-plan.xlsx", plan: "en", writer: "XlsxWriter" },
  { file: "sheetjs-plan.xlsx", plan: "en", writer: "SheetJS", sheetJs: true },
  { file: "libreoffice-plan.xlsx", plan: "en", writer: "LibreOffice (re-saved openpyxl file)" },
  {
    file: "libreoffice-xlsxwriter-plan.xlsx",
    plan: "en",
    writer: "LibreOffice (re-saved XlsxWriter file)",
  },
];
