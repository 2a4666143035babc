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
