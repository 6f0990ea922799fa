// Texts shown to users exist in French and English; this is their shape in templates and findings.
import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const LocalizedText = z
  .strictObject({
    fr: z.string().min(1),
    en: z.string().min(1),
  })
  .meta({ id: 'LocalizedText', description: 'A text in French and in English.' });
export type LocalizedText = z.infer<typeof LocalizedText>;
