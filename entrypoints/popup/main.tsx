/** @module Popup entry: language, title and styles, then the app. */
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { isTabView } from '@/components/popup/location';
import { t } from '@/utils/i18n';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
document.documentElement.classList.toggle('in-tab', isTabView(location.search));
render(<PopupApp />, document.getElementById('app')!);
