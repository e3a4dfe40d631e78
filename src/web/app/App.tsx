import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
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
          token: { colorPrimary: PRIMARY, borderRadius: 6, fontSize: 14 },
          components: {
            Layout: { siderBg: '#0b2545', triggerBg: '#081c36', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
            Menu: { darkItemBg: '#0b2545', darkSubMenuItemBg: '#081c36', darkItemSelectedBg: '#1d5fa8' },
            Table: { headerBg: '#f3f6fa' },
            Tree: { nodeSelectedBg: '#d6e6f7', nodeHoverBg: '#eef4fb' },
          },
        }}
      >
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
