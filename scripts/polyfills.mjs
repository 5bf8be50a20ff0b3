// Object.groupBy arrived in Node 21; chevrotain (under langium) calls it. Node 20 is still
// supported, so this spec-conforming polyfill is loaded first by the langium CLI
// (--import), by vitest (setupFiles) and, as a banner, by every Node bundle.
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy(items, callback) {
      const groups = Object.create(null);
      let index = 0;
      for (const item of items) {
        const key = callback(item, index++);
        const k = typeof key === 'symbol' ? key : String(key);
        if (Object.prototype.hasOwnProperty.call(groups, k)) groups[k].push(item);
        else groups[k] = [item];
      }
      return groups;
    }
  });
}
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy(items, callback) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = callback(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    }
  });
}
