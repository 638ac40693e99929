/**
 * Notice rules (GDPR Art. 28(2)): customers are told of a new processor long enough before it
 * starts, and can object until a deadline that falls inside that window.
 */
import type { Problem } from '../../core/problems';
import { addDays, daysBetween } from '../../core/dates';
import type { ChangeData } from '../../schemas/change';
import { needsNotice, type NoticeRules, type RoleOf } from '../model/notice';
import { rule, type Report } from './rule';

type Changes = readonly { file: string; data: ChangeData }[];

function tooShort(changes: Changes, rules: NoticeRules, roleOf: RoleOf, report: Report) {
  for (const { file, data } of changes) {
    const days = daysBetween(data.announced, data.effective);
    if (needsNotice(data, roleOf) && !data.emergency && days < rules.noticePeriodDays) {
      report({
        file,
        field: 'effective',
        message:
          `gives ${days} days' notice (announced ${data.announced}, effective ${data.effective}); ` +
          `a new sub-processor needs at least ${rules.noticePeriodDays}. Set effective to ${addDays(data.announced, rules.noticePeriodDays)} or later, ` +
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
