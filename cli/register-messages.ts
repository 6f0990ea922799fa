// The texts of `dpia register`, in French and English (the other commands' are in messages.ts).
import type { Language } from '../core/model/localized.ts';

const en = {
  description:
    'list the assessments found in folders (the register), with what is due: reviews, authorisations, measures',
  dirArgument: 'folders to search for .dpia files (recursively), or .dpia files',
  csvOption: 'print the register as CSV instead of text',
  dueWithinOption:
    'print only what falls due within this many days (reviews, authorisations, measures), or is overdue',
  invalidDays: (value: string) => `"${value}" is not a number of days (0 to 3650).`,
  staleOption: 'remind assessments left in draft or review for more than this many days',
  found: (count: number, unreadable: number) =>
    `${count} assessment${count === 1 ? '' : 's'} found${unreadable > 0 ? `, ${unreadable} could not be read` : ''}.`,
  asOf: (date: string) => `As of ${date}.`,
  errors: (count: number) => `${count} error${count === 1 ? '' : 's'}`,
  unreadable: 'COULD NOT BE READ',
  reviewNext: 'next review',
  authorisationEnds: 'authorisation ends',
  noReminders: 'Nothing due.',
  reminders: (count: number) => `${count} thing${count === 1 ? '' : 's'} due or overdue:`,
  overdue: 'OVERDUE',
  due: 'DUE',
};

type RegisterText = typeof en;

const fr: RegisterText = {
  description:
    'liste les AIPD trouvées dans des dossiers (le registre), avec ce qui arrive à échéance\u00A0: revues, autorisations, mesures',
  dirArgument: 'dossiers où chercher les fichiers .dpia (sous-dossiers compris), ou fichiers .dpia',
  csvOption: 'écrit le registre en CSV plutôt qu’en texte',
  dueWithinOption:
    'n’écrit que ce qui arrive à échéance dans ce nombre de jours (revues, autorisations, mesures), ou est en retard',
  invalidDays: (value) => `«\u202F${value}\u202F» n’est pas un nombre de jours (0 à 3650).`,
  staleOption: 'signale les AIPD restées en brouillon ou en relecture plus de ce nombre de jours',
  found: (count, unreadable) =>
    `${count} AIPD trouvée${count > 1 ? 's' : ''}${unreadable > 0 ? `, dont ${unreadable} illisible${unreadable > 1 ? 's' : ''}` : ''}.`,
  asOf: (date) => `Au ${date}.`,
  errors: (count) => `${count} erreur${count > 1 ? 's' : ''}`,
  unreadable: 'ILLISIBLE',
  reviewNext: 'prochaine revue',
  authorisationEnds: 'fin d’autorisation',
  noReminders: 'Rien n’arrive à échéance.',
  reminders: (count) =>
    `${count} échéance${count > 1 ? 's' : ''} proche${count > 1 ? 's' : ''} ou dépassée${count > 1 ? 's' : ''}\u202F:`,
  overdue: 'EN RETARD',
  due: 'À ÉCHÉANCE',
};

export const REGISTER_TEXT: Readonly<Record<Language, RegisterText>> = { en, fr };
