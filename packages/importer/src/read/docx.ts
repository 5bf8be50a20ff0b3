export async function readDocx(_p: string, _b: Uint8Array) { return []; }
