/** When each change's e-mail notice reached every subscriber, from the send ledger (content/notices/). */
import { noticeFinished, type NoticeData } from '../../schemas/notice';

/** The day each e-mailed change's notice was finished, by change id; the earliest where several. */
export function notifiedDays(notices: readonly { data: NoticeData }[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const { data } of notices) {
    const finished = noticeFinished(data);
    if (finished === undefined) continue;
    for (const id of data.changes) {
      const known = days.get(id);
      if (known === undefined || finished < known) days.set(id, finished);
    }
  }
  return days;
}
