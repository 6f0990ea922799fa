// Facial recognition and any biometric capability, even dormant: no basis for a commune (GDPR 9, LIL 88, AI Act 5(1)(h)).
import { capabilityFindings } from './capabilities.ts';
import { Q, type Rule } from './context.ts';

export const checkBiometrics: Rule = (ctx) => {
  const safeguardsAsked = ctx.question(Q.biometricsSafeguards) !== undefined;
  return capabilityFindings(ctx, {
    field: 'facialRecognition',
    question: Q.facialRecognition,
    enabledOptions: ['enabled'],
    dormantOptions: ['dormant'],
    enabledRule: 'csu.biometrics.enabled',
    dormantRule: 'csu.biometrics.dormant',
    dormantParams: {
      undocumented: safeguardsAsked && ctx.text(Q.biometricsSafeguards) === '' ? 'yes' : 'no',
    },
  });
};
