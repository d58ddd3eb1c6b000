/** @module Popup entry: language, title and styles, then the app. */
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { t } from '@/utils/i18n';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
