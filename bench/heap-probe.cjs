/**
 * Preloaded (`node --expose-gc --require bench/heap-probe.cjs server.cjs --stdio`) by the memory
 * bench and the fuzz run only, never by the shipped server: over the child-process IPC channel
 * it answers "heap" with the heap in use after two full garbage collections. The server itself
 * has no such request, so users get no debugging backdoor.
 */
'use strict';
if (typeof process.send === 'function' && typeof globalThis.gc === 'function') {
    process.on('message', message => {
        if (message !== 'heap') return;
        globalThis.gc();
        globalThis.gc();
        process.send({ heapUsed: process.memoryUsage().heapUsed });
    });
    // The IPC channel must not keep a server alive after its client said exit.
    process.channel?.unref();
}
