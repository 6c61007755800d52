import { defineBackground } from 'wxt/utils/define-background';
import { registerTabPostingHandlers } from './tab-postings';

export default defineBackground(() => {
  registerTabPostingHandlers();
});
