import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ME_KEY } from '../auth/session';
import { isApiError, setUnauthorizedHandler } from '../lib/api';
import { FIRST_ERROR } from '../lib/form-errors';
import { toLocale } from '../lib/dates';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (403, 404, validation) will not go away by retrying.
      retry: (count, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

// A 401 from any call means the session ended: forget the user, and the shell sends them to the login page.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(ME_KEY, null);
});

const PRIMARY = '#0f4c81';

/** antd names each palette shade twice (`green7`, legacy `green-7`) and emits a CSS variable from both. */
function tagTextShades(shades: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(shades).flatMap(([colour, hex]) => [[`${colour}7`, hex], [`${colour}-7`, hex]]));
}

/**
 * WCAG 2.1 AA (4.5:1 for text): antd's secondary and tertiary greys (45% black, 3.4:1 on white) and the text shades
 * of its lighter tag colours (`green7` on `green1` is 3.4:1) are too pale. Darkening the tokens fixes every
 * component that uses them; the e2e axe check (e2e/accessibility.e2e.test.ts) keeps it so.
 */
const ACCESSIBLE_TEXT = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  // Form field errors are written in colorError (#ff4d4f is 3.3:1 on white).
  colorError: '#cf1322',
  colorLink: PRIMARY,
  colorLinkHover: '#1d5fa8',
  colorLinkActive: '#0b2545',
  // Text shades of preset tag colours, each at least 4.5:1 on its own light background (the shade 1).
  ...tagTextShades({ volcano: '#ad2102', orange: '#ad4e00', gold: '#874d00', yellow: '#876800', lime: '#3f6600', green: '#237804', cyan: '#006d75' }),
};

export function App() {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={locale === 'vi' ? viVN : enUS}
        // Every form brings its first invalid field into view and focuses it (server errors: lib/form-errors.ts).
        form={{ scrollToFirstError: FIRST_ERROR }}
        theme={{
          algorithm: theme.defaultAlgorithm,
          token: { colorPrimary: PRIMARY, borderRadius: 6, fontSize: 14, ...ACCESSIBLE_TEXT },
          components: {
            Layout: { siderBg: '#0b2545', triggerBg: '#081c36', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
            Menu: { darkItemBg: '#0b2545', darkSubMenuItemBg: '#081c36', darkItemSelectedBg: '#1d5fa8' },
            // The "nothing yet" line of an empty table is information, not a disabled control.
            Table: { headerBg: '#f3f6fa', colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
            Tree: { nodeSelectedBg: '#d6e6f7', nodeHoverBg: '#eef4fb' },
          },
        }}
      >
        {/* antd's <App> (message, notification, modal) sits in the signed-in shell, out of the first load. */}
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}
