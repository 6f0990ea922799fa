// The legal corrections of December 2026 (issue 13), checked in the shipped templates and in the rules' sources.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/checks/index.ts';
import { getBuiltinTemplate, getBuiltinTemplateVersion } from '../../../core/template/builtin.ts';
import type { LegalReference, Question, Template } from '../../../core/template/schema.ts';
import { allQuestions } from '../../../core/template/validate-template.ts';

const csu = getBuiltinTemplate('csu-videoprotection')!;
const reference = (id: string): LegalReference => {
  const found = csu.knowledgeBase.legalReferences.find((r) => r.id === id);
  if (!found) throw new Error(`no legal reference ${id}`);
  return found;
};
const question = (id: string): Question => {
  const found = allQuestions(csu).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const plain = (text: string): string => text.replace(/[\u202F\u00A0]/g, ' ');

/** Every string a template ships: labels, guidance, knowledge base. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe('the shipped templates', () => {
  const files = readdirSync(new URL('../../../templates/', import.meta.url)).filter(
    (f) => f.endsWith('.json') && f !== 'schema.json',
  );
  const current = files.filter((f) => !/-\d+\.\d+\.\d+\.json$/.test(f));

  it.each(current)('%s holds no draft note and the settled terminology', (file) => {
    const all = plain(
      texts(JSON.parse(readFileSync(new URL(`../../../templates/${file}`, import.meta.url), 'utf8'))).join(
        '\n',
      ),
    );
    for (const forbidden of [
      /à vérifier/i,
      /n[’']a pas pu/i,
      /n[’']a pu/i,
      /maraudage/i,
      /automatique des plaques/i,
      /responsables? de traitement/i,
      /to be checked/i,
      /could not be (checked|consulted)/i,
      /point 121|para\. 121/,
    ]) {
      expect(all, `${file}: ${String(forbidden)}`).not.toMatch(forbidden);
    }
  });

  it('write article paragraphs one way: art. 6(1)(e), never 6.1.e', () => {
    for (const file of current) {
      const all = texts(
        JSON.parse(readFileSync(new URL(`../../../templates/${file}`, import.meta.url), 'utf8')),
      );
      const prose = all.filter((t) => !/^\d+\.\d+\.\d+$/.test(t) && !t.startsWith('https://'));
      expect(prose.join('\n'), file).not.toMatch(/\b\d+\.\d+\.[a-z]\b|art\. \d+\.\d+\b/);
    }
  });

  it('keep the previous CSU version for upgrades, and the new one raises it', () => {
    const previous = getBuiltinTemplateVersion('csu-videoprotection', '1.0.0');
    expect(previous?.version).toBe('1.0.0');
    expect(csu.version).toBe('1.1.0');
    expect(readFileSync(new URL('../../../templates/CHANGELOG.md', import.meta.url), 'utf8')).toContain(
      'csu-videoprotection 1.1.0',
    );
  });
});

describe('the CSU template cites the law as published', () => {
  it('places the five-year authorisation in L252-4, the prefect’s authorisation in L252-1', () => {
    const auth = reference('law.csi-l252-1-l252-4');
    expect(auth.label.fr).toBe('CSI, art. L252-1 et L252-4');
    expect(plain(auth.summary.fr)).toContain('cinq ans renouvelable (art. L252-4)');
    expect(csu.knowledgeBase.legalReferences.map((r) => r.id)).not.toContain('law.csi-l251-4');
    expect(RULES['csu.authorisation.expired'].legalRef.fr).toBe('CSI, art. L252-1 et L252-4');
    expect(JSON.stringify(csu)).not.toMatch(/L251-4/);
  });

  it('has the commission chaired by an honorary magistrate or, failing one, a qualified person (R252-8)', () => {
    expect(plain(reference('law.csi-r252-8').summary.fr)).toContain(
      'présidée par un magistrat honoraire ou, à défaut, par une personnalité qualifiée',
    );
    expect(JSON.stringify(csu)).not.toMatch(/présidée par un magistrat\./);
  });

  it('grounds the right of access in GDPR 15 and 23, LIL 104–110 and the décret, with L253-5 as a remedy', () => {
    const access = question('principles.access');
    const guidance = plain(access.guidance.fr);
    expect(access.legalRefs).toEqual(
      expect.arrayContaining([
        'law.gdpr-15',
        'law.gdpr-23',
        'law.lil-104-110',
        'law.decret-2023-1102',
        'law.csi-l253-5',
      ]),
    );
    expect(guidance).toContain('L’article L253-5 du CSI ne fixe plus de motifs de refus');
    expect(guidance).not.toMatch(/sûreté de l’État/);
    expect(plain(reference('law.csi-l253-5').summary.fr)).toContain('saisir la commission départementale');
  });

  it('bases parking-fee plate reading on CGCT L2333-87, outside L233-1 and L251-2', () => {
    const lapi = question('modules.lapi');
    expect(lapi.legalRefs).toEqual(expect.arrayContaining(['law.cgct-l2333-87', 'law.cnil-lapi-fps']));
    expect(plain(lapi.guidance.fr)).toContain('n’est pas une exception à cet article');
    expect(plain(lapi.guidance.fr)).toContain('lecture automatisée des plaques');
    expect(plain(reference('law.cgct-l2333-87').summary.fr)).toContain(
      'ce n’est pas une finalité de l’article L251-2',
    );
    expect(RULES['csu.lapi.fps-only'].severity).not.toBe('info');
    expect(RULES['csu.lapi.fps-only'].legalRef.fr).toContain('CGCT, art. L2333-87');
    expect(RULES['csu.lapi.municipal'].fr({ count: 0 })).not.toMatch(/sauf contrôle du forfait/);
  });

  it('has the DPO designated under GDPR 37(1)(a), not 35(2)', () => {
    expect(reference('law.gdpr-37').label.fr).toBe('RGPD, art. 37(1)(a)');
    expect(reference('law.gdpr-35-2').summary.fr).not.toMatch(/désigner/);
  });

  it('limits places open to the public to those particularly exposed to assault or theft', () => {
    const summary = plain(reference('law.csi-l251-2').summary.fr);
    expect(summary).toContain('particulièrement exposés à des risques d’agression ou de vol');
    expect(summary).not.toContain('Les mêmes opérations sont possibles');
  });

  it('gives municipal police access through L252-3 and the reservation of 2021-817 DC, not R253-3', () => {
    expect(csu.knowledgeBase.legalReferences.map((r) => r.id)).not.toContain('law.csi-r253-3');
    expect(question('context.recipients').legalRefs).toEqual(
      expect.arrayContaining(['law.csi-l252-3', 'law.cc-2021-817']),
    );
    expect(plain(reference('law.csi-l252-3').summary.fr)).toContain('2021');
    expect(plain(reference('law.cc-2021-817').summary.fr)).toContain('paragr. 80');
  });

  it('lists illegal dumping among vidéoverbalisation offences and cites the arrêté of 14 April 2009', () => {
    const vv = question('modules.videoverbalisation');
    expect(plain(vv.guidance.fr)).toContain('dépôts sauvages');
    expect(vv.legalRefs).toContain('law.arrete-2009-04-14');
    expect(RULES['csu.videoverbalisation.procedure'].legalRef.fr).toContain('arrêté du 14 avril 2009');
  });

  it('cites Saint-Étienne 2019, the CNIL on Orléans 2023 and TA Orléans 2024 on audio', () => {
    expect(question('modules.audio').legalRefs).toEqual(
      expect.arrayContaining([
        'law.cnil-saint-etienne-2019',
        'law.cnil-orleans-2023',
        'law.ta-orleans-2104478',
      ]),
    );
    expect(reference('law.ta-orleans-2104478').label.fr).toBe('TA Orléans, 12 juillet 2024, n° 2104478');
    expect(RULES['csu.audio.enabled'].legalRef.fr).toContain('n° 2104478');
  });

  it('cites EDPB 3/2019 without an unconfirmed paragraph number', () => {
    expect(RULES['csu.retention.beyond-72-hours'].legalRef.fr).not.toMatch(/point/);
    expect(RULES['csu.retention.beyond-72-hours'].legalRef.en).not.toMatch(/para/);
  });

  it('does not assume the GDPR’s consultation periods for LIL art. 90 purposes', () => {
    expect(plain(reference('law.lil-90').summary.fr)).toContain('ne sont pas ceux du RGPD');
    expect(RULES['csu.prior-consultation.file'].fr()).toContain('ne présumez pas les mêmes délais');
  });

  it('asks about minimisation, notification and portability, and codes of conduct', () => {
    expect(question('principles.minimisation').legalRefs).toContain('law.gdpr-5');
    expect(question('principles.notification-portability').legalRefs).toContain('law.gdpr-19-20');
    expect(plain(reference('law.gdpr-19-20').summary.fr)).toContain('Art. 20(3)');
    expect(question('principles.codes-of-conduct').legalRefs).toContain('law.gdpr-35-8');
  });

  it('tells who may view images: prefect’s approval, no private firm, the council decides', () => {
    const recipients = plain(question('context.recipients').guidance.fr);
    expect(recipients).toContain('L132-14-1');
    expect(recipients).toContain('2011-625 DC');
    expect(question('principles.processors').legalRefs).toContain('law.cc-2011-625');
    expect(question('context.controller').legalRefs).toContain('law.caa-douai-19da01349');
  });

  it('supports the dormant-capability guidance with CE 21 Dec. 2023, n° 489990', () => {
    for (const id of ['modules.facial-recognition', 'modules.biometrics-safeguards', 'modules.analytics'])
      expect(question(id).legalRefs, id).toContain('law.ce-489990');
  });

  it('states the moving law as of a date', () => {
    const dated = (t: Template) =>
      JSON.stringify(t).match(/État du droit au 1er décembre 2026/g)?.length ?? 0;
    expect(dated(csu)).toBeGreaterThanOrEqual(3);
  });
});
