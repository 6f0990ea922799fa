// Where the editor is: an item of the template, or one of the summary pages.
export type View =
  | { kind: 'item'; itemId: string }
  | { kind: 'overview' }
  | { kind: 'findings' }
  | { kind: 'action-plan' }
  | { kind: 'validation' };
