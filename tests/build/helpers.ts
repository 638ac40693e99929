/** Builds fixture content with the real build script, the way a maintainer's build runs. */
import { exampleContentDir } from '../../src/lib/load/content-dir';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { decodeHTML } from 'entities';
import path from 'node:path';
import type { Problem } from '../../src/core/problems';
import { checkContent } from '../../src/lib/check';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** `npm test -- --fast`: the checks of the corpora run, the builds beside them do not. */
export const FAST = process.env['REGISTRY_TEST_FAST'] === '1';
/** The example registry: content/ in a fresh clone, examples/klimaatmeter/content once npm run init moved it. */
export const EXAMPLE = exampleContentDir(ROOT);
const FIXTURES = path.join(ROOT, 'tests/fixtures');

/**
 * What `npm run check` finds in a fixture folder's content, with the folder's own path left out of
 * files and messages, as the lint and hostile corpora write their expected findings.
 */
export async function checkedProblems(dir: string, today: string): Promise<Problem[]> {
  const prefix = `${path.relative(ROOT, dir)}/`;
  return (await checkContent(path.join(dir, 'content'), today, ROOT)).map((p) => ({
    level: p.level,
    rule: p.rule,
    file: p.file.replace(prefix, ''),
    field: p.field,
    message: p.message.replaceAll(prefix, ''),
    ...(p.silenced ? { silenced: p.silenced } : {}),
  }));
}

/** A page's text as a reader gets it: scripts and tags dropped, entities decoded, spacing collapsed. */
export const pageText = (html: string): string =>
  decodeHTML(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(
    /\s+/g,
    ' ',
  );

/** SOURCE_DATE_EPOCH for a build that shows the list as of a day (noon UTC). */
export const epochOf = (day: string): string => String(Date.parse(`${day}T12:00:00Z`) / 1000);

/** A fresh copy of the minimal valid content with a case's files laid over it; returns its folder. */
export async function prepareFixture(name: string, overlay?: string): Promise<string> {
  const dir = path.join(ROOT, 'tests/.out/fixtures', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(FIXTURES, 'minimal/content'), path.join(dir, 'content'), { recursive: true });
  if (overlay)
    await cp(path.join(FIXTURES, overlay), path.join(dir, 'content'), { recursive: true });
  return dir;
}

export interface BuildResult {
  code: number;
  output: string;
}

/** Runs scripts/build.mjs on a fixture folder's content (or `content`), writing to `out` (default dir/dist). */
export function buildFixture(
  dir: string,
  env: Record<string, string> = {},
  options: { content?: string; out?: string } = {},
): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/build.mjs', '--out', options.out ?? path.join(dir, 'dist')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...env,
          REGISTRY_CONTENT: options.content ?? path.join(dir, 'content'),
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

export interface ClientReading {
  feeds: Record<
    string,
    {
      bozo: boolean;
      error: string;
      version: string;
      title: string;
      language: string | null;
      entries: { id: string; title: string; link: string; published: string; text: string }[];
    }
  >;
  calendars: Record<
    string,
    {
      name: string;
      events: {
        uid: string;
        summary: string;
        start: string;
        all_day: boolean;
        status: string;
        url: string;
      }[];
    }
  >;
}

/** What Debian's feedparser and icalendar make of a built site's feeds and calendars. */
export function readWithRealClients(dist: string): Promise<ClientReading> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/python3',
      [path.join(ROOT, 'tests/clients/read_feeds.py'), dist],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `${stderr}\nThe feed tests need Debian's python3-feedparser and python3-icalendar: apt-get install python3-feedparser python3-icalendar`,
            ),
          );
        else resolve(JSON.parse(stdout) as ClientReading);
      },
    );
  });
}

/** Converts a file with headless LibreOffice; `filter` names the input filter options for CSV. */
export async function libreoffice(
  file: string,
  to: string,
  outdir: string,
  infilter?: string,
): Promise<string> {
  const profile = `file://${path.join(outdir, '.lo-profile')}`;
  await promisify(execFile)(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    { timeout: 120_000 },
  );
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const produced = (await readdir(outdir)).find(
    (f) => f.startsWith(base) && f.endsWith(`.${to.split(':')[0]}`),
  );
  if (!produced) throw new Error(`LibreOffice did not convert ${file} to ${to}`);
  return path.join(outdir, produced);
}

/**
 * Converts many files in one LibreOffice run (its start costs seconds), into `outdir`; `filter`
 * names the input filter options, as for {@link libreoffice}. The files need distinct names.
 */
export async function libreofficeBatch(
  files: readonly string[],
  to: string,
  outdir: string,
  infilter?: string,
): Promise<void> {
  await mkdir(outdir, { recursive: true });
  await promisify(execFile)(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(outdir, '.lo-profile')}`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      outdir,
      ...files,
    ],
    { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Every cell of every sheet as ExcelJS reads it. */
export async function cells(xlsx: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  return workbook.worksheets.map((ws) => {
    const rows: { value: unknown; formula: boolean }[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values: { value: unknown; formula: boolean }[] = [];
      row.eachCell({ includeEmpty: true }, (cell) =>
        values.push({ value: cell.value, formula: cell.type === ExcelJS.ValueType.Formula }),
      );
      rows.push(values);
    });
    return {
      name: ws.name,
      rows,
      frozen: ws.views?.[0]?.state === 'frozen',
      widths: ws.columns.map((c) => c.width),
    };
  });
}
