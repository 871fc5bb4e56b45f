/** "Your sources" page wiring: add form (file, paste or current tab), list, export/import. */
import { browser } from 'wxt/browser';
import { $ } from '@/lib/ui/dom';
import { wireAddForm } from './add-form';
import { renderList } from './list';
import { wireTransfer } from './transfer';
import { prefillFromTab, tabIdFromQuery } from './from-tab';

const form = wireAddForm(() => void renderList());
wireTransfer(() => void renderList());
void renderList();

const tabId = tabIdFromQuery(location.search);
if (tabId !== null) void prefillFromTab(tabId, form);

$('open-history').addEventListener('click', (event) => {
  event.preventDefault();
  const getURL = browser.runtime.getURL as (path: string) => string;
  void browser.tabs.create({ url: getURL('/quote-history.html') });
});
