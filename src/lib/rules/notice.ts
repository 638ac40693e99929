/**
 * Notice rules (GDPR Art. 28(2)): customers are told of a new processor long enough before it
 * starts, and can object until a deadline that falls inside that window.
 */
import type { Problem } from '../../core/problems';
import { addDays, daysBetween } from '../../core/dates';
import type { ChangeData } from '../../schemas/change';
import { needsNotice, noticeDays, type NoticeRules, type RoleOf } from '../model/notice';
import { notifiedDays } from '../model/notified';
import { rule, type Report } from './rule';

type Changes = readonly { file: string; data: ChangeData }[];

function tooShort(changes: Changes, rules: NoticeRules, roleOf: RoleOf, report: Report) {
  // With no minimum promised, or none stated, there is no period to fall short of.
  const period = noticeDays(rules);
  if (period === undefined) return;
  for (const { file, data } of changes) {
    const days = daysBetween(data.announced, data.effective);
    if (needsNotice(data, roleOf) && !data.emergency && days < period) {
      report({
        file,
        field: 'effective',
        message:
          `gives ${days} days' notice (announced ${data.announced}, effective ${data.effective}); ` +
          `a new sub-processor needs at least ${period}. Set effective to ${addDays(data.announced, period)} or later, ` +
          'or, if it truly cannot wait, add emergency: { justification: ... } for customers to read.',
      });
    }
  }
}

function deadlineAfterEffective(changes: Changes, report: Report) {
  for (const { file, data } of changes) {
    const deadline = data.objectionDeadline;
    if (deadline !== undefined && deadline > data.effective) {
      report({
        file,
        field: 'objectionDeadline',
        message: `${deadline} is after the effective date ${data.effective}: customers must be able to object before the change takes effect. Write ${data.effective} or earlier.`,
      });
    }
  }
}

function deadlineBeforeAnnouncement(changes: Changes, report: Report) {
  for (const { file, data } of changes) {
    const deadline = data.objectionDeadline;
    if (deadline !== undefined && deadline < data.announced) {
      report({
        file,
        field: 'objectionDeadline',
        message: `${deadline} is before the announcement ${data.announced}. Write a date between ${data.announced} and ${data.effective}.`,
      });
    }
  }
}

export const noticeTooShort = rule({
  id: 'notice-too-short',
  level: 'error',
  locked: true,
  reason:
    'Customers must hear of a new sub-processor the notice period before it starts, so they can object in time; other recipients are logged without a notice period.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source }, report) => {
    const roles = new Map(source.processors.map(({ id, data }) => [id, data.role]));
    tooShort(source.changes, source.organization, (id) => roles.get(id), report);
  },
});

export const deadlineAfterEffectiveRule = rule({
  id: 'deadline-after-effective',
  level: 'error',
  locked: true,
  reason: 'An objection must be possible before the change takes effect.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source }, report) => deadlineAfterEffective(source.changes, report),
});

export const deadlineBeforeAnnouncementRule = rule({
  id: 'deadline-before-announcement',
  level: 'error',
  locked: true,
  reason: 'A deadline before the announcement gives customers no time to object at all.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source }, report) => deadlineBeforeAnnouncement(source.changes, report),
});

/**
 * The notice rules over a list of changes, as the problems the build reports; `roleOf` gives
 * each processor's role (one it does not know is held to the notice of a sub-processor).
 */
export function noticeProblems(
  changes: Changes,
  rules: NoticeRules,
  roleOf: RoleOf = () => undefined,
): Problem[] {
  const problems: Problem[] = [];
  const collect = (id: string) => (finding: Parameters<Report>[0]) =>
    problems.push({ level: 'error', rule: id, ...finding });
  tooShort(changes, rules, roleOf, collect(noticeTooShort.id));
  deadlineAfterEffective(changes, collect(deadlineAfterEffectiveRule.id));
  deadlineBeforeAnnouncement(changes, collect(deadlineBeforeAnnouncementRule.id));
  return problems;
}

export const noticeSentLate = rule({
  id: 'notice-sent-late',
  level: 'error',
  locked: true,
  reason:
    'The notice period runs from when customers were told: an e-mail sent after the announcement date moves its start.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source }, report) => {
    const roles = new Map(source.processors.map(({ id, data }) => [id, data.role]));
    const notified = notifiedDays(source.notices ?? []);
    const period = noticeDays(source.organization);
    if (period === undefined) return;
    for (const { id, file, data } of source.changes) {
      const sent = notified.get(id);
      if (sent === undefined || sent <= data.announced || data.emergency) continue;
      if (!needsNotice(data, (p) => roles.get(p))) continue;
      const days = daysBetween(sent, data.effective);
      if (days >= period) continue;
      report({
        file,
        field: 'effective',
        message: `was announced ${data.announced} but e-mailed to subscribers only on ${sent} (content/notices/), ${days} days before it takes effect on ${data.effective}; a new sub-processor needs ${period}. Set effective to ${addDays(sent, period)} or later.`,
      });
    }
  },
});

export const noticeNotSent = rule({
  id: 'notice-not-sent',
  level: 'warning',
  reason:
    'Subscribers rely on the e-mail: a change announced since e-mail notices began that was never sent has not reached them.',
  stage: 'content',
  check: ({ source, today }, report) => {
    const from = source.organization.emailNotices?.from;
    if (from === undefined) return;
    const notified = notifiedDays(source.notices ?? []);
    for (const { id, file, data } of source.changes) {
      if (data.type === 'listed' || data.announced < from || data.announced >= today) continue;
      if (notified.has(id)) continue;
      report({
        file,
        field: 'announced',
        message: `was announced ${data.announced} and has not been e-mailed to subscribers: run npm run notify (its CI job may have failed).`,
      });
    }
  },
});

export const noticeUnknownChange = rule({
  id: 'notice-unknown-change',
  level: 'error',
  locked: true,
  reason: 'A send ledger entry names a change that is not in content/changes/.',
  stage: 'references',
  check: ({ source }, report) => {
    const ids = new Set(source.changes.map((c) => c.id));
    for (const { file, data } of source.notices ?? [])
      data.changes.forEach((id, i) => {
        if (!ids.has(id))
          report({
            file,
            field: `changes[${i}]`,
            message: `"${id}" is not a change in content/changes/: notice files are written by npm run notify; restore the change, or this file from version control.`,
          });
      });
  },
});
