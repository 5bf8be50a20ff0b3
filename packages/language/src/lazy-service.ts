/**
 * A service made on first use. Langium builds every service when the server is initialised
 * (`eagerLoadServices`); the parsers are the costly ones (Chevrotain's self-analysis of the
 * grammar, the lexer's token analysis: about 100 ms), and nothing needs them before the first
 * document arrives. The stand-in forwards every property access to the real service, made the
 * first time one is read; methods are bound to it, so they run on the real object at full speed.
 * `type` is the class of the service: `instanceof` (Langium's injector asks whether a service is
 * an `Error`) is answered from it without making the service.
 */
export function lazyService<T extends object>(create: () => T, type: abstract new (...args: never[]) => T): T {
    let service: T | undefined;
    const real = (): T => {
        if (service === undefined) {
            service = create();
            made.add(proxy);
        }
        return service;
    };
    const bound = new Map<PropertyKey, { readonly of: unknown; readonly fn: unknown }>();
    const handler: ProxyHandler<T> = {
        get(_, key) {
            // Probes by symbol (Langium's `eagerLoad` asks every service whether it is a service
            // container) do not make the service: the services made lazily have no symbol-keyed members.
            if (typeof key === 'symbol' && service === undefined) return undefined;
            const target = real();
            const value: unknown = Reflect.get(target, key, target);
            if (typeof value !== 'function') return value;
            const known = bound.get(key);
            if (known?.of === value) return known.fn;
            const fn: unknown = (value as (...args: unknown[]) => unknown).bind(target);
            bound.set(key, { of: value, fn });
            return fn;
        },
        set: (_, key, value) => Reflect.set(real(), key, value),
        has: (_, key) => Reflect.has(real(), key),
        ownKeys: () => Reflect.ownKeys(real()),
        getOwnPropertyDescriptor(_, key) {
            const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
            // The stand-in's own target is an empty, extensible object: a property it reports must be configurable.
            return descriptor ? { ...descriptor, configurable: true } : undefined;
        },
        getPrototypeOf: () => (service === undefined ? (type.prototype as object) : Reflect.getPrototypeOf(service))
    };
    const proxy = new Proxy(Object.create(null) as T, handler);
    makers.set(proxy, real);
    return proxy;
}

const makers = new WeakMap<object, () => unknown>();
const made = new WeakSet<object>();

/** Whether a service given by `lazyService` has been made (any other service always has). */
export function isMade(service: object): boolean {
    return !makers.has(service) || made.has(service);
}

/** Makes a service now if it is a lazy one not made yet (e.g. when the server is idle after `initialize`). */
export function makeService(service: object): void {
    makers.get(service)?.();
}
