import type { Speaker } from '../bundle/schema.ts';

/** A speaker's name and role in the interface language, with the language each is written in. */
export function speakerInLanguage(
  speaker: Speaker,
  language: string,
): { name: string; nameLang: 'id' | 'en'; role: string | null; roleLang: 'id' | 'en' } {
  const english = language === 'en';
  const nameGloss = english ? speaker.nameGloss : undefined;
  const roleGloss = english ? speaker.roleGloss : undefined;
  return {
    name: nameGloss ?? speaker.name,
    nameLang: nameGloss === undefined ? 'id' : 'en',
    role: roleGloss ?? speaker.role ?? null,
    roleLang: roleGloss === undefined ? 'id' : 'en',
  };
}
