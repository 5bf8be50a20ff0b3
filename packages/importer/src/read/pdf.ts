export async function readPdf(_p: string, _b: Uint8Array) { return []; }
