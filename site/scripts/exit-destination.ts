// Where "Exit this page" goes. GOV.UK sends people to a weather page; here, the mobile Wikipedia article on
// cricket in the page's language (the registry's `exitPage`, domain/languages.ts): something anyone in Pakistan
// might be reading, that shows nothing personal (no account, no feed, no search history on the page, unlike a
// search engine's home page when signed in), and that loads on a slow phone (mobile Wikipedia: no ads, no heavy
// scripts). The addresses are Wikipedia's stable article paths; a language without a cricket article can name its
// Wikipedia's front page.
import { DEFAULT_LANG, isLang, language } from '../../domain/languages.ts';

export const exitDestination = (locale: string): string => language(isLang(locale) ? locale : DEFAULT_LANG).exitPage;
