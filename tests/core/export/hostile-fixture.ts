// Hostile text for the export tests: what a user (or an attacker) can type anywhere, and what must survive it.
import type { DpiaDocument } from '../../../core/format/document.ts';
import { fixtureDocument } from './fixtures.ts';

/** Characters XML 1.0 forbids, and a lone surrogate: they must vanish, not break the file. */
export const INVALID_XML_CHARACTERS = '\u0000\u0001\u0007\u000B\u000C\u001B\u001F\uD800\uFFFE';

/** A 20,000-character answer with a marker at its end, to check nothing was cut. */
export const LONG_ANSWER = `${'Paragraphe très long sans fin '.repeat(666)}FIN-DU-TEXTE-LONG`.slice(-20_000);

export const HOSTILE_TEXT = [
  'Balises <b>gras</b> & <script>alert("x")</script> et ]]> fin de CDATA',
  'Emoji 📹🔒👁️‍🗨️ et drapeau 🇫🇷',
  'שלום עולם, זו תשובה בעברית',
  'مرحبا بالعالم، هذه إجابة بالعربية',
  `Contrôle${INVALID_XML_CHARACTERS}caractères`,
].join('\n\n');

/** The fixture with hostile text everywhere a user can type. */
export function hostileDocument(): DpiaDocument {
  const doc = fixtureDocument();
  const a = doc.assessment;
  a.meta = { ...a.meta, title: 'AIPD <&> ]]> 📹 שלום', organisation: 'Commune <script>&amp;' };
  a.answers['context.description'] = { type: 'richtext', text: HOSTILE_TEXT };
  a.answers['context.optional-note'] = { type: 'richtext', text: LONG_ANSWER };
  a.answers['principles.retention'] = {
    type: 'richtext',
    text: `${'- '.repeat(1500)}profond\n\n${'> '.repeat(1500)}citation\n\n[clic](javascript:alert(1)) [lien](https://a.fr/?q="<>&)\n\n${'A'.repeat(5000)}`,
  };
  a.answers['context.controller'] = { type: 'text', text: `Le maire${INVALID_XML_CHARACTERS} <&>` };
  a.answers['context.kind'] = { type: 'choice', optionId: 'unknown-option', comment: '<i>]]></i>' };
  a.cameras[0] = { ...a.cameras[0]!, code: 'CAM-<&>', location: 'Rue "des" <Écoles> & ]]>', owner: 'مرحبا' };
  a.risks[0] = { ...a.risks[0]!, title: 'Risque <script>', sources: ['<&>'] };
  a.measures[0] = { ...a.measures[0]!, title: 'Mesure & <b>', description: HOSTILE_TEXT };
  a.attachments[0] = {
    ...a.attachments[0]!,
    name: 'fichier <&>.pdf',
    description: `]]>${INVALID_XML_CHARACTERS}`,
  };
  a.opinions.dpo.text = HOSTILE_TEXT;
  return doc;
}
