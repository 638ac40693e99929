// Each release's recorded files: src/lib/outputs/formats.ts.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { releaseFilePaths, releaseFileResponse } from '../../../lib/views/endpoints';

export const getStaticPaths = releaseFilePaths;
export const GET = ((context) => releaseFileResponse(context)) satisfies APIRoute<
  InferGetStaticPropsType<typeof getStaticPaths>
>;
