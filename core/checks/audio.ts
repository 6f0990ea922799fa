// Audio: the CSI provides for images only; the CNIL held sound capture unlawful (Saint-Étienne 2019, Orléans 2023; TA Orléans 2024).
import { capabilityFindings } from './capabilities.ts';
import { Q, type Rule } from './context.ts';

export const checkAudio: Rule = (ctx) =>
  capabilityFindings(ctx, {
    field: 'audio',
    question: Q.audio,
    enabledOptions: ['enabled'],
    dormantOptions: ['present-disabled'],
    enabledRule: 'csu.audio.enabled',
    dormantRule: 'csu.audio.dormant',
  });
