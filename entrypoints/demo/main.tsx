/** @module Demo page entry: language, title and styles, then the app. */
import { render } from 'preact';
import { DemoApp } from '@/components/demo/DemoApp';
import { t } from '@/utils/i18n';
import './demo.css';
// After the page's own rules: presentation mode overrides them.
import './present.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('demoTitle');
render(<DemoApp />, document.getElementById('app')!);
