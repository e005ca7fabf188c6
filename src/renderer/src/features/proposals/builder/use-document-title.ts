import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's title while a document is open: "四海商贸 分销行业解决方案建议书 · 售前工作台". The
 * Electron window shows it too (a BrowserWindow follows document.title); the title from before
 * comes back when the document is closed.
 */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    const before = document.title;
    document.title = title === '' ? appTitle : `${title} · ${appTitle}`;
    return () => {
      document.title = before;
    };
  }, [title, appTitle]);
}
