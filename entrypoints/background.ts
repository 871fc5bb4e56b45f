import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only: the corpus index and message handlers come from lib/.
});
