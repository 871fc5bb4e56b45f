/**
 * A chosen .txt/.html file → form prefill, read locally with FileReader (nothing is uploaded).
 * HTML is parsed with DOMParser: its scripts never run, and only its text is kept.
 */
import { prefillFromHtml } from '@/lib/sources/html';
import { prefillFromText, type Prefill } from '@/lib/sources/header';
import { MAX_TEXT_CHARS } from '@/lib/sources/limits';

/** Bytes read at most: UTF-8 text of MAX_TEXT_CHARS, or HTML whose markup is most of the file. */
const MAX_FILE_BYTES = MAX_TEXT_CHARS * 4;

export function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

function isHtml(file: File, content: string): boolean {
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return true;
  return !/\.te?xt$/i.test(file.name) && /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

export type FileResult = { ok: true; prefill: Prefill; kind: 'text' | 'html' } | { ok: false; error: string };

export async function prefillFromFile(file: File): Promise<FileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: `“${file.name}” is too large (${(file.size / 1e6).toFixed(1)} MB). Split it into several sources.` };
  }
  if (!/\.(txt|text|html?)$/i.test(file.name) && !/^text\/(plain|html)$/.test(file.type)) {
    return { ok: false, error: `“${file.name}” is not a .txt or .html file. Save the transcript as text or as a web page first.` };
  }
  let content: string;
  try {
    content = (await readAsText(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, error: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (isHtml(file, content)) {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    return { ok: true, prefill: prefillFromHtml(content, parse), kind: 'html' };
  }
  return { ok: true, prefill: prefillFromText(content), kind: 'text' };
}
