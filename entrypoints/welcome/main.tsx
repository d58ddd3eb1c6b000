/** @module Welcome entry (opened once, on install): language, title and styles, then the page. */
import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { t } from '@/utils/i18n';
import './welcome.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app')!);
