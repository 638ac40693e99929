/** The zip writer exceljs packs a workbook with (exceljs 4), which its own types do not declare. */
declare module 'exceljs/lib/utils/zip-stream.js' {
  interface ZipEntryOptions {
    name: string;
    base64?: boolean;
  }
  export class ZipWriter {
    /** The JSZip instance the parts are added to. */
    zip: {
      file(
        name: string,
        data: string | Uint8Array,
        options: { base64: boolean; date: Date; createFolders: boolean },
      ): unknown;
    };
    append(data: string | Uint8Array, options: ZipEntryOptions): void;
  }
  const zipStream: { ZipWriter: typeof ZipWriter };
  export default zipStream;
}
