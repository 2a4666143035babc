/** The preview page's own texts (the task pane has its own), in the pane's language, through i18next. */
import i18next, { type i18n } from "i18next";
import type { Lang } from "../core/schema/types";

export const previewTexts = {
  en: {
    title: "Ops Planner — browser preview",
    subtitle: "The real task pane over an in-memory workbook. Nothing leaves this browser.",
    download: "Download .xlsx",
    downloading: "Preparing the .xlsx…",
    downloadFailed: "The .xlsx could not be built: {{message}}",
    toolbarLabel: "Workbook actions",
    paneLabel: "Task pane",
    workbookLabel: "Workbook",
    sheetsLabel: "Sheets",
    gridLabel: "Sheet {{sheet}}",
    nameBox: "Selected cell",
    formulaBar: "Cell content",
    editCell: "Edit cell {{address}}",
    noSheet: "This workbook has no sheets.",
    chartsLabel: "Charts of the sheet {{sheet}}",
    open: "Open .xlsx",
    openHint: "Open an .xlsx workbook, or drop one on the page",
    dropHere: "Drop the .xlsx here to open it",
    reading: "Reading {{file}}…",
    readingProgress: "Reading the workbook",
    computing: "Computing the formulas of {{file}}…",
    opened: "Opened {{file}}.",
    dropped: "Not shown, and not kept in the download: {{list}}.",
    droppedPivotTables: "pivot tables ({{count}})",
    droppedCharts: "charts ({{count}})",
    droppedImages: "images ({{count}})",
    droppedComments: "comments ({{count}})",
    droppedMacros: "macros",
    droppedConditionalFormats: "conditional formats ({{count}})",
    droppedOtherSheets: "chart or dialog sheets ({{count}})",
    openFailed: "{{file}} was not opened, your workbook is unchanged: {{reason}}",
    problemTooLarge: "it is {{size}} MB; the preview opens files under {{limit}} MB.",
    problemNotWorkbook: "it is not an .xlsx workbook.",
    problemLegacyXls: "it is a legacy .xls workbook; save it as .xlsx first.",
    problemEncrypted:
      "it is protected by a password; remove the password in Excel, WPS or LibreOffice first.",
    problemDamaged: "the file is damaged ({{detail}}).",
    problemUnreadable: "it could not be read ({{detail}}).",
    notRecomputed:
      "Not recomputed: the preview cannot compute this formula; it shows the value the file saved.",
    keptTitle: "Workbooks kept in this browser",
    keptSaved: "saved {{time}}",
    keptNotDownloaded: "changes not downloaded",
    keptOpen: "Open",
    keptOpenLabel: "Open {{name}}",
    keptDiscard: "Discard",
    keptDiscardLabel: "Discard {{name}}",
    keptCurrent: "open now",
    untitled: "Untitled workbook",
    dismiss: "Dismiss",
    listSeparator: ", ",
    keepFailed:
      "This workbook could not be kept in the browser ({{message}}): download it to keep your changes.",
  },
  "zh-CN": {
    title: "Ops Planner — 浏览器预览",
    subtitle: "真实的任务窗格，搭配内存中的工作簿。数据不会离开此浏览器。",
    download: "下载 .xlsx",
    downloading: "正在生成 .xlsx…",
    downloadFailed: "无法生成 .xlsx：{{message}}",
    toolbarLabel: "工作簿操作",
    paneLabel: "任务窗格",
    workbookLabel: "工作簿",
    sheetsLabel: "工作表",
    gridLabel: "工作表 {{sheet}}",
    nameBox: "所选单元格",
    formulaBar: "单元格内容",
    editCell: "编辑单元格 {{address}}",
    noSheet: "此工作簿没有工作表。",
    chartsLabel: "工作表 {{sheet}} 的图表",
    open: "打开 .xlsx",
    openHint: "打开 .xlsx 工作簿，或将其拖放到页面上",
    dropHere: "将 .xlsx 拖放到此处即可打开",
    reading: "正在读取 {{file}}…",
    readingProgress: "正在读取工作簿",
    computing: "正在计算 {{file}} 的公式…",
    opened: "已打开 {{file}}。",
    dropped: "以下内容不显示，下载时也不保留：{{list}}。",
    droppedPivotTables: "数据透视表（{{count}}）",
    droppedCharts: "图表（{{count}}）",
    droppedImages: "图片（{{count}}）",
    droppedComments: "批注（{{count}}）",
    droppedMacros: "宏",
    droppedConditionalFormats: "条件格式（{{count}}）",
    droppedOtherSheets: "图表工作表或对话框工作表（{{count}}）",
    openFailed: "未打开 {{file}}，当前工作簿未作改动：{{reason}}",
    problemTooLarge: "文件大小为 {{size}} MB；预览只能打开小于 {{limit}} MB 的文件。",
    problemNotWorkbook: "它不是 .xlsx 工作簿。",
    problemLegacyXls: "它是旧版 .xls 工作簿；请先另存为 .xlsx。",
    problemEncrypted: "它受密码保护；请先在 Excel、WPS 或 LibreOffice 中取消密码。",
    problemDamaged: "文件已损坏（{{detail}}）。",
    problemUnreadable: "无法读取（{{detail}}）。",
    notRecomputed: "未重新计算：预览无法计算此公式，显示的是文件中保存的值。",
    keptTitle: "保存在此浏览器中的工作簿",
    keptSaved: "保存于 {{time}}",
    keptNotDownloaded: "有未下载的更改",
    keptOpen: "打开",
    keptOpenLabel: "打开 {{name}}",
    keptDiscard: "丢弃",
    keptDiscardLabel: "丢弃 {{name}}",
    keptCurrent: "当前已打开",
    untitled: "未命名工作簿",
    dismiss: "关闭",
    listSeparator: "、",
    keepFailed: "无法在浏览器中保存此工作簿（{{message}}）：请下载以保留更改。",
  },
} satisfies Record<Lang, Record<string, string>>;

export type PreviewKey = keyof (typeof previewTexts)["en"];
export type PreviewT = (key: PreviewKey, params?: Record<string, string | number>) => string;

/** A ready, synchronous i18next instance with the preview's texts. */
export function createPreviewI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "en",
    ns: ["preview"],
    defaultNS: "preview",
    resources: { en: { preview: previewTexts.en }, "zh-CN": { preview: previewTexts["zh-CN"] } },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  return instance;
}

export function previewT(instance: i18n): PreviewT {
  return (key, params) => String(instance.t(key, params as never));
}
