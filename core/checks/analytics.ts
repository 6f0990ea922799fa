// Automated video analytics: part of the processing, no legal basis outside the 2023 large-events experiment.
import { capabilityFindings } from './capabilities.ts';
import { Q, type Rule } from './context.ts';

export const checkAnalytics: Rule = (ctx) =>
  capabilityFindings(ctx, {
    field: 'analytics',
    question: Q.analytics,
    enabledOptions: ['enabled'],
    dormantOptions: ['present-disabled'],
    enabledRule: 'csu.analytics.enabled',
    dormantRule: 'csu.analytics.dormant',
  });
