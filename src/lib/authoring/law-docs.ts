/**
 * The law tables as the content reference (/reference/) lists them: every decision, approval and
 * mechanism with its official source and the day it was checked.
 */
import { LAW, REGIMES, type LawDecision, type LawSource } from '../../law';
import { locationName } from '../../core/locations';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const link = (text: string, url: string) => `[${cell(text)}](${url})`;
const checked = (source: LawSource) =>
  `${link('official text', source.url)}, checked ${source.checkedOn}`;

const destination = (code: string) =>
  code === 'eea' ? 'every EEA state' : `${locationName(code, 'en')} (\`${code}\`)`;

function period(entry: LawDecision): string {
  return entry.until ? `${entry.from} to ${entry.until}` : `from ${entry.from}`;
}

function decisionCell(entry: LawDecision): string {
  const first = link(entry.instrument.number, entry.instrument.url);
  return entry.amendedBy
    ? `${first}, ${entry.amendedBy.how} by ${link(entry.amendedBy.number, entry.amendedBy.url)}`
    : first;
}

function challengesCell(entry: LawDecision): string {
  return (entry.challenges ?? [])
    .map(
      (c) =>
        `${cell(c.name)} (${link(c.case, c.source.url)}, ${cell(c.court.en)}${c.lodged ? `, lodged ${c.lodged}` : ''}): ${c.status}${c.decided ? ` ${c.decided}` : ''}${c.kind === 'bearing' ? ' (a ruling the decision relies on)' : ''}`,
    )
    .join('; ');
}

/** The tables as Markdown sections. */
export function lawMarkdown(): string[] {
  const parts = [
    '',
    `## Law tables (version ${LAW.version})`,
    '',
    `Transfers are checked against these tables, which ship with the registry in \`src/law/\` and change only with an update of it. Their version, ${LAW.version}, is the day they were last checked as a whole against the sources below; it is printed in the JSON list, the discovery document, each release and the footer. Where the official text could not be read itself, the entry in \`src/law/\` records the copies or reports it was checked with (\`checkedWith\`).`,
  ];
  for (const regime of REGIMES) {
    const table = LAW.regimes[regime];
    parts.push(
      '',
      `### ${table.title}`,
      '',
      cell(table.about),
      '',
      '| destination | decision | in force | scope | recipient must have joined | last review | cases | source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const entry of LAW.decisions.filter((d) => d.regime === regime))
      parts.push(
        `| ${destination(entry.destination)} | ${decisionCell(entry)} | ${period(entry)} | ${cell(entry.scope?.en ?? '')} | ${entry.requires ? `\`${entry.requires}\`` : ''} | ${entry.lastReview ? link(`${entry.lastReview.document.split(':')[0]!} (${entry.lastReview.on})`, entry.lastReview.url) : ''} | ${challengesCell(entry)} | ${checked(entry.source)} |`,
      );
  }
  parts.push(
    '',
    '### Transfer mechanisms',
    '',
    '| code | laws it covers | status | instrument | limits and guidance | source |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const m of LAW.mechanisms) {
    const notes = [
      m.limits?.en,
      ...(m.guidance ?? []).map(
        (g) => `${g.title.en} (${g.status}, ${g.published}): ${g.about.en} ${checked(g.source)}`,
      ),
      ...(m.labels ?? []).map((l) => `From ${l.from}: “${l.en}”.`),
    ].filter((x): x is string => Boolean(x));
    parts.push(
      `| \`${m.id}\` | ${m.regimes.join(', ')} | ${m.status} | ${m.instrument ? link(m.instrument.number, m.instrument.url) : cell(m.title?.en ?? '')}${m.from ? `, from ${m.from}` : ''} | ${cell(notes.join(' '))} | ${checked(m.source)} |`,
    );
  }
  parts.push(
    '',
    '### International organisations',
    '',
    'A transfer or an activity may name one by its code where it names a country.',
    '',
    '| code | English | Dutch | source |',
    '| --- | --- | --- | --- |',
    ...LAW.organisations.map(
      (o) => `| \`${o.code}\` | ${cell(o.name.en)} | ${cell(o.name.nl)} | ${checked(o.source)} |`,
    ),
    '',
    `The EEA: ${cell(LAW.eea.about)} ${[...LAW.eea.members].join(', ')}. ${checked(LAW.eea.source)}.`,
  );
  return parts;
}
