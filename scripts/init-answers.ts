// The answers npm run init and processor-registry init need: from the options, else asked in a
// terminal (with a default where one follows from the others); exits 2 naming what is missing or
// wrong, having written nothing.
import { createInterface } from 'node:readline/promises';
import {
  INIT_QUESTIONS,
  answerProblem,
  answersProblems,
  defaultAnswer,
  type InitAnswers,
} from '../src/lib/authoring/init';

export async function initAnswers(
  values: Record<string, unknown>,
  command: string,
): Promise<InitAnswers> {
  const answers: Partial<InitAnswers> = {};
  const interactive = process.stdin.isTTY && !values['yes'];
  const prompt = interactive
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  for (const { key, option, ask } of INIT_QUESTIONS) {
    const given = values[option];
    if (typeof given === 'string') {
      answers[key] = given;
      continue;
    }
    const fallback = defaultAnswer(key, answers);
    if (!prompt) {
      if (fallback !== undefined) answers[key] = fallback;
      continue;
    }
    for (;;) {
      const reply = (await prompt.question(`${ask}${fallback ? ` [${fallback}]` : ''}: `)).trim();
      const value = reply || fallback || '';
      const problem = answerProblem(key, value);
      if (!problem) {
        answers[key] = value;
        break;
      }
      console.log(`  ${problem}`);
    }
  }
  prompt?.close();
  const missing = INIT_QUESTIONS.filter((q) => answers[q.key] === undefined);
  if (missing.length > 0) {
    console.error(
      `Give these as options (or run ${command} in a terminal to be asked): ${missing.map((q) => `--${q.option}`).join(' ')}`,
    );
    process.exit(2);
  }
  const problems = answersProblems(answers as InitAnswers);
  if (problems.length > 0) {
    console.error(`Nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(2);
  }
  return answers as InitAnswers;
}
