/**
 * A Word document as a list (DPA annexes often are), turned into HTML by mammoth, which keeps
 * tables, lists and headings, and read by ./html.ts.
 */
import mammoth from 'mammoth';
import { readHtml } from './html';
import { ListReadError, type Block } from './list';

export async function readDocx(bytes: Uint8Array, source: string): Promise<Block[]> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Word has no lines to point to: rows are named by table and row.
    return readHtml(value, false);
  } catch (error) {
    throw new ListReadError(
      `${source} is not a Word document mammoth can read (${(error as Error).message}): save it again as .docx.`,
    );
  }
}
