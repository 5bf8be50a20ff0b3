// The size budget of the packaged extension, checked in CI after `npm run package` (.ci/run):
//   node scripts/check-size.mjs [file] [--budget-kb N]      (default: out/dpa.vsix, 600 KB)
// Exit 0 within the budget, 1 over it, 2 when the file is missing or the arguments are wrong.
// KB are vsce's (1,024 bytes), so the figure is the one `npm run package` prints.
// Why 600 KB: the extension installs and updates over the network and is unpacked on every
// machine; the language server, the CLI and the extension share one minified bundle
// (scripts/bundle.mjs), and everything else in the package is what VS Code shows or reads
// (.vscodeignore). A change that adds more must say why, here.
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const VSIX = 'out/dpa.vsix';
export const VSIX_BUDGET_KB = 600;

/** The size of `file` in KB (1,024 bytes, as vsce reports it). */
export function sizeKb(file) {
    return statSync(file).size / 1024;
}

/** Whether `file` fits `budgetKb`, with the line that says so (or what to do about it). */
export function checkSize(file, budgetKb = VSIX_BUDGET_KB) {
    const kb = sizeKb(file);
    if (kb <= budgetKb) return { ok: true, kb, message: `${file}: ${kb.toFixed(1)} KB, within its budget of ${budgetKb} KB.` };
    return {
        ok: false,
        kb,
        message: `${file} is ${kb.toFixed(1)} KB, over its budget of ${budgetKb} KB by ${(kb - budgetKb).toFixed(1)} KB.\n` +
            `See what it holds with \`unzip -l ${file}\`: what goes in is decided by .vscodeignore, the bundle by scripts/bundle.mjs ` +
            '(one minified bundle for the server, the CLI and the extension). Raise the budget in scripts/check-size.mjs only with the reason.'
    };
}

function main(args) {
    let file = VSIX;
    let budget = VSIX_BUDGET_KB;
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '--budget-kb') {
            budget = Number(args[++i]);
            if (!Number.isFinite(budget) || budget <= 0) {
                console.error('--budget-kb needs a positive number of KB.');
                return 2;
            }
        } else {
            file = args[i];
        }
    }
    if (!existsSync(file)) {
        console.error(`${file} does not exist: run \`npm run package\` first.`);
        return 2;
    }
    const result = checkSize(file, budget);
    (result.ok ? console.log : console.error)(result.message);
    return result.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
