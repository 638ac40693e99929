/** A problem found in the content: which file, which field, what is wrong and what to write. */
export interface Problem {
  level: 'error' | 'warning';
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. activities[0].dataCategories[1]. */
  field: string;
  message: string;
}

/** One line per problem, grouped by file, the way the build and `npm run check` print them. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile]
    .map(([file, list]) =>
      [file, ...list.map((p) => `  ${p.level}: ${p.field}: ${p.message}`)].join('\n'),
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
