/** A problem found in the content: which rule, which file, which field, what is wrong and what to write. */
export interface Problem {
  /** error stops the build; warning is shown; off was switched off in organization.yaml and is only listed. */
  level: 'error' | 'warning' | 'off';
  /** The id of the rule that found it (src/lib/rules/), e.g. transfer-missing. */
  rule: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. activities[0].dataCategories[1]. */
  field: string;
  message: string;
  /** Why organization.yaml lowered or switched off the rule, shown with every finding it silences. */
  silenced?: string | undefined;
}

/** One line per problem, grouped by file, the way the build and `npm run check` print them. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile]
    .map(([file, list]) =>
      [
        file,
        ...list.map(
          (p) =>
            `  ${p.level}: ${p.field}: ${p.message} [${p.rule}]${p.silenced ? ` (organization.yaml: ${p.silenced})` : ''}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Thrown when content has errors; the build stops on it. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.level === 'error');
    super(
      `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${formatProblems(errors)}`,
    );
    this.name = 'ContentError';
  }
}
