// Cross-reference checks a schema cannot express: unique ids, and every reference resolving.
import { RECORD_RECEIVING_TYPES, type Template } from './schema.ts';
import { findTemplateSizeProblem } from './template-limits.ts';

/** Returns a list of problems, each naming the place in the template; empty when consistent. */
export function findTemplateProblems(template: Template): string[] {
  // Sizes first: the checks below are linear, but a template must not be allowed to cost unbounded work.
  const tooLarge = findTemplateSizeProblem(template);
  if (tooLarge) return [tooLarge];
  const problems: string[] = [];
  const kb = template.knowledgeBase;
  const legalIds = new Set(kb.legalReferences.map((r) => r.id));
  const kbIds = new Set([...kb.definitions, ...kb.risks, ...kb.measures].map((e) => e.id));
  const measureIds = new Set(kb.measures.map((m) => m.id));

  const seen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const previous = seen.get(id);
    if (previous) problems.push(`${where}: id "${id}" is already used by ${previous}`);
    else seen.set(id, where);
  };
  const checkLegal = (refs: readonly string[], where: string) => {
    for (const ref of refs)
      if (!legalIds.has(ref)) problems.push(`${where}: unknown legal reference "${ref}"`);
  };

  for (const [s, section] of template.sections.entries()) {
    claim(section.id, `sections/${s}`);
    for (const [i, item] of section.items.entries()) {
      const itemPath = `sections/${s}/items/${i}`;
      claim(item.id, itemPath);
      for (const [q, question] of item.questions.entries()) {
        const where = `${itemPath}/questions/${q}`;
        claim(question.id, where);
        checkLegal(question.legalRefs, where);
        for (const ref of question.knowledgeBase) {
          if (!kbIds.has(ref)) problems.push(`${where}: unknown knowledge-base entry "${ref}"`);
        }
        const needsOptions = question.type === 'choice' || question.type === 'multichoice';
        if (needsOptions && !question.options?.length)
          problems.push(`${where}: a ${question.type} needs options`);
        if (question.type === 'table' && !question.columns?.length)
          problems.push(`${where}: a table needs columns`);
        if (question.recordField !== undefined && !RECORD_RECEIVING_TYPES.has(question.type))
          problems.push(
            `${where}: a ${question.type} question cannot receive the record's "${question.recordField}"`,
          );
        const optionIds = new Set<string>();
        for (const option of question.options ?? []) {
          if (optionIds.has(option.id)) problems.push(`${where}: option "${option.id}" appears twice`);
          optionIds.add(option.id);
        }
        const columnIds = new Set<string>();
        for (const column of question.columns ?? []) {
          if (columnIds.has(column.id)) problems.push(`${where}: column "${column.id}" appears twice`);
          columnIds.add(column.id);
          if (column.type === 'choice' && !column.options?.length) {
            problems.push(`${where}: column "${column.id}" needs options`);
          }
        }
      }
    }
  }

  const kbSeen = new Set<string>();
  for (const entry of [...kb.definitions, ...kb.risks, ...kb.measures, ...kb.legalReferences]) {
    if (kbSeen.has(entry.id)) problems.push(`knowledgeBase: id "${entry.id}" appears twice`);
    kbSeen.add(entry.id);
  }
  for (const [d, def] of kb.definitions.entries())
    checkLegal(def.legalRefs, `knowledgeBase/definitions/${d}`);
  for (const [m, measure] of kb.measures.entries())
    checkLegal(measure.legalRefs, `knowledgeBase/measures/${m}`);
  for (const [r, risk] of kb.risks.entries()) {
    for (const ref of risk.measures) {
      if (!measureIds.has(ref)) problems.push(`knowledgeBase/risks/${r}: unknown measure "${ref}"`);
    }
  }
  return problems;
}

/** All questions of a template in reading order. */
export function allQuestions(template: Template) {
  return template.sections.flatMap((s) => s.items.flatMap((i) => i.questions));
}
