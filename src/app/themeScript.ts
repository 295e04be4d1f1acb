import { defaultTextSize, defaultTheme, rootAttributes, storageKeys, textSizes, themes } from './readerPreferences.ts';

const json = JSON.stringify;

/**
 * Runs in <head> before the first paint, so a page never flashes the wrong theme or text size:
 * it copies the stored choices onto <html>. It is inline (a request would delay the paint), so
 * the Content-Security-Policy allows it by the hash of exactly this text (pipeline/headers.ts), and
 * the build writes exactly this text into every page (vite.config.ts). Built only from JSON
 * literals, it is the same string in the browser bundle, the build and the server.
 */
export const themeScript =
  `(function(r){try{` +
  `var t=localStorage.getItem(${json(storageKeys.theme)}),s=localStorage.getItem(${json(storageKeys.textSize)});` +
  `if(t!==${json(defaultTheme)}&&${json(themes)}.indexOf(t)>=0)r.dataset.${rootAttributes.theme}=t;` +
  `if(s!==${json(defaultTextSize)}&&${json(textSizes)}.indexOf(s)>=0)r.dataset.${rootAttributes.textSize}=s;` +
  `}catch(e){}})(document.documentElement)`;
