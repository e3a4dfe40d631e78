import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/locale';
import { changeLanguage } from '../i18n/i18n';
import { toLocale } from '../lib/dates';

/** Tiếng Việt / English switch; the choice is remembered on this device. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size={size}
      value={toLocale(i18n.language)}
      onChange={(value) => void changeLanguage(value)}
      options={[
        { value: 'vi', label: <span data-testid="language-vi" lang="vi">Tiếng Việt</span> },
        { value: 'en', label: <span data-testid="language-en" lang="en">English</span> },
      ]}
    />
  );
}
