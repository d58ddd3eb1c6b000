/** @module Options entry: language, title and styles, then the app. */
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/utils/i18n';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
