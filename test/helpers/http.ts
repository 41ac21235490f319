/** A response body as loosely typed JSON, for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on the shape
export type Json = any;

export async function json(res: Response | Promise<Response>): Promise<Json> {
  return (await res).json();
}
