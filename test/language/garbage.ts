/**
 * A pseudo-random string of `length` characters of .dpa syntax and other punctuation, the same
 * on every run (test/language/validation-limits.test.ts, bench/limits.bench.ts).
 */
export function garbage(length: number): string {
    const alphabet = 'abcXYZ019 {}"\n\t.,;:-+=()[]/\\*&^%$#@!~`\'<>?é€';
    let x = 1;
    let out = '';
    for (let i = 0; i < length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        out += alphabet[x % alphabet.length];
    }
    return out;
}
