import { defineBackground } from 'wxt/utils/define-background';
import { registerTabPostingHandlers } from './tab-postings';
import { registerPageHandlers } from './page-handlers';
import { registerStoreHandlers } from './store-handlers';
import { registerUrlFollow } from './url-follow';

export default defineBackground(() => {
  registerTabPostingHandlers();
  registerPageHandlers();
  registerStoreHandlers();
  registerUrlFollow();
});
