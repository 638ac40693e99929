// Where tools find the list, its feeds and releases, with their hashes: src/lib/outputs/discovery.ts.
import type { APIRoute } from 'astro';
import { discoveryResponse } from '../../lib/views/endpoints';

export const GET = ((context) => discoveryResponse(context)) satisfies APIRoute;
