/**
 * Rules on the release files: each one's hash still covers its content, and each names the
 * release before it, so a published history cannot be altered or thinned out unnoticed.
 */
import { releaseHash } from '../../core/hash';
import { verifyHash } from '../../core/signature';
import { rule, type RecordedRelease } from './rule';

const byDate = (releases: readonly RecordedRelease[]) =>
  [...releases].sort((a, b) => a.release.date.localeCompare(b.release.date));

export const releaseAltered = rule({
  id: 'release-altered',
  level: 'error',
  locked: true,
  reason:
    'A published release is a promise about the past: its content must still hash to the hash it carries.',
  stage: 'releases',
  check: ({ releases }, report) => {
    for (const { file, release } of byDate(releases)) {
      const computed = releaseHash(release);
      if (computed !== release.sha256) {
        report({
          file,
          field: 'sha256',
          message: `the release was changed after it was published (its content hashes to ${computed}, not ${release.sha256}). Restore the file from version control; publish corrections as a new release with npm run release.`,
        });
      }
    }
  },
});

export const releaseChainBroken = rule({
  id: 'release-chain-broken',
  level: 'error',
  locked: true,
  reason:
    'Each release names the hash of the one before it, so a removed or altered release breaks the chain.',
  stage: 'releases',
  check: ({ releases }, report) => {
    let previous: RecordedRelease | undefined;
    for (const entry of byDate(releases)) {
      const { file, release } = entry;
      const expected = previous?.release.sha256 ?? null;
      if (release.previous !== expected) {
        report({
          file,
          field: 'previous',
          message: previous
            ? `does not match the release before it (${previous.file}, ${expected}): a release between them was removed or altered. Restore it from version control.`
            : `is ${release.previous} but no earlier release exists: the first release was removed. Restore it from version control.`,
        });
      }
      previous = entry;
    }
  },
});

export const releaseNameMismatch = rule({
  id: 'release-name-mismatch',
  level: 'error',
  locked: true,
  reason:
    'A release file is named by the date it records: renamed to another date, it would claim a list for a day it does not describe.',
  stage: 'file',
  check: ({ file, text }, report) => {
    const name = /(?:^|\/)releases\/([^/]+)\.json$/.exec(file)?.[1];
    if (name === undefined) return;
    let date: unknown;
    try {
      date = (JSON.parse(text) as { date?: unknown }).date;
    } catch {
      return; // Unreadable JSON is the schema's to report.
    }
    if (date === name) return;
    report({
      file,
      field: 'date',
      message: `the file is named ${name}.json but records the list of ${String(date)}: restore its name (${String(date)}.json) from version control; a release is never renamed.`,
    });
  },
});

export const releaseInFuture = rule({
  id: 'release-in-future',
  level: 'warning',
  reason: 'A release dated after the build date is not published until that day.',
  stage: 'releases',
  check: ({ releases, today }, report) => {
    for (const { file, release } of releases) {
      if (release.date <= today) continue;
      report({
        file,
        field: 'date',
        message: `${release.date} is after today (${today}): it is not published until then. Releases are made by npm run release on the day they record.`,
      });
    }
  },
});

export const releaseSignature = rule({
  id: 'release-signature',
  level: 'error',
  locked: true,
  reason:
    "With a release key in organization.yaml, every release from its first day on carries a signature only the key's holder can make, so a forged or rewritten history is caught.",
  stage: 'releases',
  check: ({ releases, signing }, report) => {
    for (const { file, release } of releases) {
      // Taking the key out, or moving its first day past signed releases, must not silence the check.
      if (!signing || release.date < signing.from) {
        if (release.signature)
          report({
            file,
            field: 'signature',
            message: signing
              ? `is signed, but organization.yaml checks signatures only from ${signing.from}: set releaseSigning.from to ${release.date} or earlier.`
              : 'is signed, but organization.yaml has no releaseSigning key to check it with: restore the key (a removed key would let a forged release through).',
          });
        continue;
      }
      if (!release.signature)
        report({
          file,
          field: 'signature',
          message: `is not signed, though releases from ${signing.from} on must be: this file was not made by npm run release -- --sign. Restore the signed one from version control.`,
        });
      else if (!verifyHash(release.sha256, release.signature, signing.publicKey.trim()))
        report({
          file,
          field: 'signature',
          message:
            'does not verify with the release key in organization.yaml: the release was altered or signed with another key. Restore it from version control.',
        });
    }
  },
});
