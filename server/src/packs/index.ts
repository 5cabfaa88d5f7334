import type { InstalledPack, LanguagePack } from '../engine/pack';
import { english } from './en';
import { estonian } from './et';
import { hebrew } from './he';
import { polish } from './pl';
import { swedish } from './sv';

/** Every installed pack: a draft is checked by the pack of its language, and a language without one is not checked. */
export const INSTALLED_PACKS: readonly InstalledPack[] = [
  { id: english.id, markers: english.markers, load: () => english },
  polish,
  swedish,
  estonian,
  hebrew,
];

/** The installed pack for a language code, if any. */
export function packFor(language: string): LanguagePack | undefined {
  return INSTALLED_PACKS.find((pack) => pack.id === language)?.load();
}
