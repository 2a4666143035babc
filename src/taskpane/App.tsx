import {
  Body1,
  FluentProvider,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { usePaneT } from "./i18n";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The Ops Planner task pane. */
export function App() {
  const t = usePaneT();
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.pane}>
        <Title2 as="h1">{t("title")}</Title2>
        <Body1 as="p">{t("intro")}</Body1>
        <Body1 as="p">{t("comingSoon")}</Body1>
      </main>
    </FluentProvider>
  );
}
