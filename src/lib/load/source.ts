/** What loading the content gives the rules and the model: every entry with its file, validated on its own. */
import type { Vocabularies } from '../../core/vocabulary';
import type { ChangeData } from '../../schemas/change';
import type { NoticeData } from '../../schemas/notice';
import type { Organization } from '../../schemas/organization';
import type { ProcessorData } from '../../schemas/processor';
import type { Product } from '../../schemas/product';
import type { WatchSnapshot } from '../../schemas/watch';

/** One entry of a collection: its id (the file name), its file and its validated data. */
export interface Loaded<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

export interface RegistrySource {
  organization: Organization;
  /** The organization.yaml path as messages show it; content/organization.yaml when not given. */
  organizationFile?: string;
  products: readonly { id: string; file?: string; data: Product }[];
  /** Markdown notes in other languages: translations/<language>/processors/<id>.md. */
  translations?: readonly { id: string; file: string }[];
  processors: readonly (Loaded<ProcessorData> & { hasNotes?: boolean })[];
  changes: readonly Loaded<ChangeData>[];
  /** The send ledger (content/notices/): which changes were e-mailed, and when. */
  notices?: readonly Loaded<NoticeData>[];
  /** What npm run watch last read of each vendor's list (content/watch/<processor id>.json). */
  watch?: readonly Loaded<WatchSnapshot>[];
  vocabularies: Vocabularies;
}
