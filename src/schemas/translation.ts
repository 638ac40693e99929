/**
 * The Markdown notes of a processor in another language than the default:
 * content/translations/<language>/processors/<processor id>.md, with no front matter needed.
 */
import { z } from 'astro/zod';

export const translationSchema = z.strictObject({});
