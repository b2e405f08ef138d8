'use strict';
/*
 * Worker-thread entry of the code sandbox (run by piscina). Plain CommonJS that requires only npm
 * packages, because it is loaded by path under Jest, under the TS loader and from dist/.
 *
 * Candidate code runs in QuickJS compiled to WASM: a fresh runtime + context per answer with a memory
 * limit, a stack limit and an interrupt deadline per test. Nothing from the host is exposed: no host
 * function is installed in the VM, arguments go in as JSON text and results come out as JSON text
 * produced by an encoder that runs inside the VM under the same deadline and a size budget.
 */
const fs = require('node:fs');
const path = require('node:path');
const { threadId, workerData } = require('node:worker_threads');
const { newQuickJSWASMModuleFromVariant, newVariant, RELEASE_SYNC } = require('quickjs-emscripten');
const { transform } = require('sucrase');
const { performance } = require('node:perf_hooks');
const { compareValues, decodeResult, preview } = require('./code-compare.js');

const MiB = 1024 * 1024;
const WASM_PAGE = 64 * 1024;
/** The build's initial linear memory (its WASM file asks for 256 pages); a module never has less. */
const MODULE_BASE_BYTES = 16 * MiB;
/**
 * Linear memory the module itself occupies (WASM stack, static data, QuickJS's own tables), added to an
 * answer's limit so the answer can use its whole limit and not a byte more. Measured: of the 16 MiB base,
 * an answer can fill about 10.5 MiB.
 */
const MODULE_RESERVED_BYTES = 6 * MiB;

/** Linear-memory size of a module built for answers limited to `memoryLimitBytes`. */
function moduleBytesFor(memoryLimitBytes) {
  const wanted = Math.ceil((memoryLimitBytes + MODULE_RESERVED_BYTES) / WASM_PAGE) * WASM_PAGE;
  return Math.max(MODULE_BASE_BYTES, wanted);
}

// The QuickJS build quickjs-emscripten loads by default, resolved from quickjs-emscripten itself.
const WASM_FILE = require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm', {
  paths: [path.dirname(require.resolve('quickjs-emscripten'))],
});
let compiled = null;
function compiledWasm() {
  if (!compiled) {
    compiled = WebAssembly.compile(fs.readFileSync(WASM_FILE));
    compiled.catch(() => (compiled = null));
  }
  return compiled;
}

/**
 * The thread's QuickJS module: `{ memoryLimitBytes, promise }`, the promise giving
 * `{ qjs, memory, growRefused }`.
 * The build's malloc cannot measure its allocations (`malloc_usable_size unavailable`), so
 * `setMemoryLimit` bounds single allocations only. The total is bounded here instead: the module gets
 * a WebAssembly.Memory whose `maximum` is the answer's limit plus the module's own reserve, so an
 * answer's allocation that would grow it further fails inside QuickJS ("out of memory").
 */
let current = null;
let recycles = 0;

function loadModule(memoryLimitBytes) {
  const memory = new WebAssembly.Memory({
    initial: MODULE_BASE_BYTES / WASM_PAGE,
    maximum: moduleBytesFor(memoryLimitBytes) / WASM_PAGE,
  });
  // Emscripten grows the heap with memory.grow(); a refusal at the maximum tells an allocation failed for
  // want of memory (QuickJS may then throw null rather than an error it cannot allocate).
  const loaded = { qjs: null, memory, growRefused: false };
  const grow = memory.grow;
  memory.grow = function (delta) {
    try {
      return grow.call(memory, delta);
    } catch (error) {
      loaded.growRefused = true;
      throw error;
    }
  };
  const promise = newQuickJSWASMModuleFromVariant(
    newVariant(RELEASE_SYNC, { wasmModule: compiledWasm, wasmMemory: memory }),
  ).then((qjs) => {
    warmUp(qjs);
    loaded.qjs = qjs;
    return loaded;
  });
  // Awaited again by the next task; an early failure must not become an unhandled rejection.
  promise.catch(() => undefined);
  current = { memoryLimitBytes, promise };
  return promise;
}

/** The module for this limit: the current one, or a fresh one when the limit differs. */
function moduleFor(memoryLimitBytes) {
  if (current && current.memoryLimitBytes === memoryLimitBytes) return current.promise;
  return loadModule(memoryLimitBytes);
}

/**
 * WASM linear memory never shrinks. After an answer that grew it past `recycleAboveBytes` (or to its
 * maximum), the module is dropped and a fresh one loaded (≈ 15 ms), so a thread keeps at most that much
 * between answers; the old memory goes with the next garbage collection.
 */
function afterAnswer(loaded, task) {
  const bytes = loaded.memory.buffer.byteLength;
  const full = loaded.growRefused || bytes >= moduleBytesFor(task.memoryLimitBytes);
  if (bytes <= task.recycleAboveBytes && !full) return { memoryBytes: bytes, recycled: false };
  recycles += 1;
  loadModule(task.memoryLimitBytes);
  return { memoryBytes: MODULE_BASE_BYTES, recycled: true };
}

// Runs the interpreter once so that a fresh thread's first answer is not graded on cold WASM code.
function warmUp(qjs) {
  const runtime = qjs.newRuntime();
  try {
    const vm = runtime.newContext();
    try {
      const r = vm.evalCode('let s = 0; for (let i = 0; i < 20000; i++) s += JSON.stringify([i]).length; s');
      (r.error || r.value).dispose();
    } finally {
      vm.dispose();
    }
  } finally {
    runtime.dispose();
  }
}
// Loaded eagerly so the first answer on a fresh thread does not pay for the WASM compile.
loadModule((workerData && workerData.memoryLimitBytes) || 64 * MiB);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MESSAGE_MAX = 500;

/**
 * Source evaluated in the VM before the candidate's code; it returns the functions the host calls
 * (call, encode, describe, drain) and installs a capped console. Built-ins are captured first, so a
 * candidate who tampers with JSON or Array only changes their own answer's outcome.
 */
function harnessSource(limits) {
  return `(function () {
  'use strict';
  var G = globalThis;
  var jsonParse = JSON.parse, jsonStringify = JSON.stringify, apply = Reflect.apply;
  var isArray = Array.isArray, keys = Object.keys, isView = ArrayBuffer.isView;
  var DateC = Date, MapC = Map, SetC = Set, DataViewC = DataView;
  var dateGetTime = Date.prototype.getTime, dateToISO = Date.prototype.toISOString;
  var mapForEach = Map.prototype.forEach, setForEach = Set.prototype.forEach;
  var MAX = ${limits.maxResultBytes}, MAX_DEPTH = ${limits.maxDepth}, OUT_MAX = ${limits.maxConsoleBytes};
  var TOO_LARGE = {}, CYCLE = {}, TOO_DEEP = {};
  var out = '', dropped = false;

  function show(a) {
    if (typeof a === 'string') return a;
    try { var s = jsonStringify(a); if (typeof s === 'string') return s; } catch (e) {}
    try { return '' + a; } catch (e) { return '[value]'; }
  }
  // console.log is a capped buffer inside the VM: printing costs the candidate time, never host memory.
  function write() {
    if (out.length >= OUT_MAX) { dropped = true; return; }
    var line = '';
    for (var i = 0; i < arguments.length; i++) line += (i ? ' ' : '') + show(arguments[i]);
    line += '\\n';
    if (line.length > OUT_MAX - out.length) { line = line.slice(0, OUT_MAX - out.length); dropped = true; }
    out += line;
  }
  G.console = { log: write, info: write, warn: write, error: write, debug: write, trace: write };

  function put(st, s) {
    st.n += s.length;
    if (st.n > MAX) throw TOO_LARGE;
    st.parts[st.k++] = s;
  }
  function tag(st, name) { put(st, '{"\\\\u0000":"' + name + '"}'); }
  function enc(v, depth, stack, st) {
    if (depth > MAX_DEPTH) throw TOO_DEEP;
    var t = typeof v;
    if (v === null) return put(st, 'null');
    if (t === 'boolean') return put(st, v ? 'true' : 'false');
    if (t === 'number') {
      if (v !== v) return tag(st, 'NaN');
      if (v === Infinity) return tag(st, 'Infinity');
      if (v === -Infinity) return tag(st, '-Infinity');
      return put(st, v === 0 ? '0' : '' + v);
    }
    if (t === 'string') { if (v.length > MAX) throw TOO_LARGE; return put(st, jsonStringify(v)); }
    if (t === 'undefined') return tag(st, 'undefined');
    if (t === 'bigint') return put(st, '{"\\\\u0000":"bigint","v":"' + v + '"}');
    if (t !== 'object') return tag(st, t === 'function' ? 'function' : 'symbol');
    for (var i = 0; i < stack.length; i++) if (stack[i] === v) throw CYCLE;
    stack[stack.length] = v;
    try {
      if (isArray(v) || (isView(v) && !(v instanceof DataViewC))) {
        put(st, '[');
        for (var j = 0; j < v.length; j++) { if (j) put(st, ','); enc(v[j], depth + 1, stack, st); }
        put(st, ']');
      } else if (v instanceof DateC) {
        var time = apply(dateGetTime, v, []);
        put(st, time === time ? jsonStringify(apply(dateToISO, v, [])) : 'null');
      } else if (v instanceof MapC || v instanceof SetC) {
        var isMap = v instanceof MapC, first = true;
        put(st, '{"\\\\u0000":"' + (isMap ? 'Map' : 'Set') + '","v":[');
        apply(isMap ? mapForEach : setForEach, v, [function (val, key) {
          if (!first) put(st, ',');
          first = false;
          if (isMap) { put(st, '['); enc(key, depth + 2, stack, st); put(st, ','); enc(val, depth + 2, stack, st); put(st, ']'); }
          else enc(val, depth + 1, stack, st);
        }]);
        put(st, ']}');
      } else if (typeof v.toJSON === 'function') {
        enc(v.toJSON(), depth + 1, stack, st);
      } else {
        var ks = keys(v), started = false;
        put(st, '{');
        for (var k = 0; k < ks.length; k++) {
          var val = v[ks[k]];
          if (val === undefined) continue;
          put(st, (started ? ',' : '') + jsonStringify(ks[k]) + ':');
          started = true;
          enc(val, depth + 1, stack, st);
        }
        put(st, '}');
      }
    } finally {
      stack.length = stack.length - 1;
    }
  }
  function encode(v) {
    var st = { n: 0, k: 0, parts: [] };
    try { enc(v, 0, [], st); }
    catch (e) {
      if (e === TOO_LARGE) return 'E:too_large';
      if (e === CYCLE) return 'E:cycle';
      if (e === TOO_DEEP) return 'E:too_deep';
      throw e;
    }
    return 'J:' + st.parts.join('');
  }
  function call(fn, argsJson) { return apply(fn, undefined, jsonParse(argsJson)); }
  function describe(e) {
    try {
      if (e !== null && typeof e === 'object') {
        var n = e.name, m = e.message;
        return (typeof n === 'string' ? n : 'Error').slice(0, 100) + ': ' + (typeof m === 'string' ? m : show(e)).slice(0, 400);
      }
      return ('' + e).slice(0, 400);
    } catch (x) { return 'uncaught exception'; }
  }
  function drain() { var s = out + (dropped ? '\\n[output truncated]' : ''); out = ''; dropped = false; return s; }
  return { call: call, encode: encode, describe: describe, drain: drain };
})()`;
}

function transpile(language, code) {
  const transforms = language === 'typescript' ? ['typescript'] : [];
  // `export function solve` is common in answers; turn module syntax into CommonJS-style exports.
  if (/\b(?:import|export)\b/.test(code)) transforms.push('imports');
  if (transforms.length === 0) return { code };
  try {
    const out = transform(code, {
      transforms,
      disableESTransforms: true,
      filePath: language === 'typescript' ? 'answer.ts' : 'answer.js',
    });
    return { code: out.code };
  } catch (error) {
    const message = String((error && error.message) || error).replace(/^Error transforming [^:]*: /, '');
    const loc = error && error.loc;
    return {
      compileError: {
        message: message.slice(0, MESSAGE_MAX),
        line: loc && typeof loc.line === 'number' ? loc.line : null,
        column: loc && typeof loc.column === 'number' ? loc.column : null,
      },
    };
  }
}

function syntaxErrorOf(vm, errorHandle) {
  // Safe to dump: the candidate's code has not run, so the error object is the engine's own.
  const dumped = vm.dump(errorHandle);
  const info = dumped && typeof dumped === 'object' ? dumped : { message: String(dumped) };
  const position = /answer\.js:(\d+):(\d+)/.exec(typeof info.stack === 'string' ? info.stack : '');
  return {
    name: typeof info.name === 'string' ? info.name : 'Error',
    message: `${info.name || 'Error'}: ${String(info.message || '')}`.slice(0, MESSAGE_MAX),
    line: position ? Number(position[1]) : typeof info.lineNumber === 'number' ? info.lineNumber : null,
    column: position ? Number(position[2]) : null,
  };
}

/** Linux accounts a thread's CPU time in clock ticks of 10 ms (USER_HZ = 100). */
const CPU_TICK_MS = 10;
let procStatReadable = true;

/**
 * This thread's CPU time (user + system) in ms, from /proc/thread-self/stat (fields 14 and 15), which the
 * reading thread resolves to itself; null where there is no such file.
 */
function threadCpuMs() {
  if (!procStatReadable) return null;
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CPU_TICK_MS;
  } catch {
    procStatReadable = false;
    return null;
  }
}

function gradeInVm(loaded, task) {
  const qjs = loaded.qjs;
  loaded.growRefused = false;
  const prepared = transpile(task.language, task.code);
  if (prepared.compileError) return { kind: 'compile_error', compileError: prepared.compileError };

  // Limits count interpreter work, not wall time (docs/decisions/0114-time-limits-count-work.md): QuickJS
  // calls the interrupt handler every few thousand operations, `workUnitsPerMs` calls make a millisecond
  // of the reference machine, so a verdict does not depend on how busy the grader is. This thread's CPU
  // time guards, at `cpuGuardFactor` times the limit, against work the counter cannot see (native
  // built-ins); the wall clock only bounds a thread that gets no CPU at all.
  const unitsPerMs = task.workUnitsPerMs;
  let cpuStart = 0;
  let cpuBudget = Infinity;
  const answerStart = performance.now();
  const answerDeadline = answerStart + task.answerWallMs;
  const answerWorkBudget = task.answerTimeLimitMs * unitsPerMs;
  let deadline = answerDeadline;
  let work = 0;
  let workBudget = Infinity;
  let answerWork = 0;
  let interrupted = false;
  /** Starts a limit of `limitMs` of work (and its wall-clock guard) from now. */
  const limitFromNow = (limitMs) => {
    work = 0;
    workBudget = limitMs * unitsPerMs;
    const cpu = threadCpuMs();
    cpuStart = cpu ?? 0;
    cpuBudget = cpu === null ? Infinity : limitMs * task.cpuGuardFactor + CPU_TICK_MS;
    deadline = Math.min(answerDeadline, performance.now() + limitMs * task.wallGuardFactor);
  };
  const owned = [];
  const own = (handle) => {
    owned.push(handle);
    return handle;
  };

  const runtime = qjs.newRuntime();
  let vm = null;
  try {
    runtime.setMemoryLimit(task.memoryLimitBytes);
    runtime.setMaxStackSize(task.maxStackBytes);
    runtime.setInterruptHandler(() => {
      work += 1;
      answerWork += 1;
      if (work > workBudget || answerWork > answerWorkBudget || performance.now() > deadline)
        interrupted = true;
      else if ((work & 7) === 0 && (threadCpuMs() ?? 0) - cpuStart > cpuBudget) interrupted = true;
      return interrupted;
    });
    vm = runtime.newContext();

    const harnessResult = vm.evalCode(harnessSource(task), 'harness.js', { type: 'global', strict: true });
    if (harnessResult.error) {
      own(harnessResult.error);
      throw new Error('sandbox harness failed to start');
    }
    const harness = own(harnessResult.value);
    const callFn = own(vm.getProp(harness, 'call'));
    const encodeFn = own(vm.getProp(harness, 'encode'));
    const describeFn = own(vm.getProp(harness, 'describe'));
    const drainFn = own(vm.getProp(harness, 'drain'));

    // Checks the length inside the VM before copying a string out of it.
    const readString = (handle, max) => {
      const lengthHandle = vm.getProp(handle, 'length');
      const length = vm.typeof(lengthHandle) === 'number' ? vm.getNumber(lengthHandle) : Infinity;
      lengthHandle.dispose();
      return length <= max ? vm.getString(handle) : null;
    };
    const drain = () => {
      const r = vm.callFunction(drainFn, vm.undefined);
      if (r.error) {
        own(r.error);
        return '';
      }
      own(r.value);
      return vm.typeof(r.value) === 'string' ? readString(r.value, task.maxConsoleBytes + 64) || '' : '';
    };
    // Turns a thrown value into a test status. Runs with a short deadline of its own so that a
    // hostile `message` getter cannot hang it; the interrupt flag tells a timeout apart.
    const classify = (errorHandle) => {
      if (interrupted) return { status: 'time_limit_exceeded' };
      limitFromNow(50);
      const thrownNull = vm.sameValue(errorHandle, vm.null);
      const r = vm.callFunction(describeFn, vm.undefined, errorHandle);
      let text = null;
      if (r.error) own(r.error);
      else {
        own(r.value);
        if (vm.typeof(r.value) === 'string') text = readString(r.value, MESSAGE_MAX + 200);
      }
      interrupted = false;
      if (text !== null && /^InternalError: out of memory/.test(text))
        return { status: 'memory_limit_exceeded', message: text };
      // Out of memory, QuickJS may be unable to build its error (it throws null) or to describe it.
      if ((text === null || thrownNull) && loaded.growRefused)
        return { status: 'memory_limit_exceeded', message: 'InternalError: out of memory' };
      if (text === null) text = 'uncaught exception';
      return { status: 'runtime_error', message: text };
    };

    // CommonJS-style answers (`module.exports = …`, or module syntax turned into it by sucrase).
    // Properties rather than `var`s, so an answer may still declare its own `module` or `exports`.
    const prelude = vm.evalCode(
      'globalThis.module = { exports: {} }; globalThis.exports = globalThis.module.exports;',
      'prelude.js',
    );
    own(prelude.error || prelude.value);

    limitFromNow(task.timeLimitMs);
    const compiled = vm.evalCode(prepared.code, 'answer.js', { type: 'global', compileOnly: true });
    if (compiled.error) {
      own(compiled.error);
      if (interrupted)
        return everyTest(task, { status: 'time_limit_exceeded', message: 'compilation timed out' });
      const info = syntaxErrorOf(vm, compiled.error);
      if (/out of memory/.test(info.message))
        return everyTest(task, { status: 'memory_limit_exceeded', message: info.message });
      return {
        kind: 'compile_error',
        compileError: { message: info.message, line: info.line, column: info.column },
      };
    }
    own(compiled.value);

    // Top-level code runs once, under the first test's deadline.
    const topLevel = vm.evalCode(prepared.code, 'answer.js', { type: 'global' });
    if (topLevel.error) {
      own(topLevel.error);
      const outcome = classify(topLevel.error);
      return everyTest(
        task,
        { ...outcome, message: outcome.message && `at top level: ${outcome.message}` },
        drain(),
      );
    }
    own(topLevel.value);

    const name = IDENTIFIER.test(task.functionName) ? task.functionName : '__invalid__';
    // A global declaration first; then, for module-style answers, a named export, the default
    // export, or a function assigned to module.exports.
    const lookup = vm.evalCode(
      `(function () { if (typeof ${name} === 'function') return ${name};` +
        ` var m = typeof module === 'object' && module ? module.exports : undefined;` +
        ` if (typeof m === 'function') return m; if (!m) return undefined;` +
        ` if (typeof m.${name} === 'function') return m.${name};` +
        ` if (typeof m.default === 'function') return m.default; })()`,
      'lookup.js',
    );
    if (lookup.error) {
      own(lookup.error);
      return everyTest(task, classify(lookup.error));
    }
    const fn = own(lookup.value);
    if (vm.typeof(fn) !== 'function') {
      return everyTest(task, {
        status: 'runtime_error',
        message: `${task.functionName} is not defined as a function`,
      });
    }

    const tests = [];
    for (let index = 0; index < task.tests.length; index++) {
      const test = task.tests[index];
      const started = performance.now();
      if (started >= answerDeadline || answerWork >= answerWorkBudget) {
        tests.push({
          status: 'time_limit_exceeded',
          ms: 0,
          message: 'not run: the answer used up its time budget',
        });
        continue;
      }
      interrupted = false;
      limitFromNow(task.timeLimitMs);
      tests.push(runTest(test, started));
    }
    return { kind: 'ran', tests };

    function runTest(test, started) {
      const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
      const args = own(vm.newString(test.argsJson));
      const called = vm.callFunction(callFn, vm.undefined, fn, args);
      if (called.error) {
        own(called.error);
        return { ...classify(called.error), ms: elapsed(), console: drain() };
      }
      let value = own(called.value);
      const state = vm.getPromiseState(value);
      if (!state.notAPromise) {
        // Async answers: run the job queue (under the same deadline) until the promise settles.
        if (state.type === 'pending') {
          const jobs = runtime.executePendingJobs(-1);
          if (jobs.error) {
            own(jobs.error);
            return { ...classify(jobs.error), ms: elapsed(), console: drain() };
          }
        }
        const settled = vm.getPromiseState(value);
        if (settled.type === 'pending') {
          return {
            status: 'runtime_error',
            message: 'returned a promise that never settles',
            ms: elapsed(),
            console: drain(),
          };
        }
        if (settled.type === 'rejected') {
          own(settled.error);
          return { ...classify(settled.error), ms: elapsed(), console: drain() };
        }
        value = own(settled.value);
      }
      const encoded = vm.callFunction(encodeFn, vm.undefined, value);
      if (encoded.error) {
        own(encoded.error);
        return { ...classify(encoded.error), ms: elapsed(), console: drain() };
      }
      own(encoded.value);
      const text =
        vm.typeof(encoded.value) === 'string' ? readString(encoded.value, task.maxResultBytes + 16) : null;
      const ms = elapsed();
      const consoleText = drain();
      if (text === null || text.startsWith('E:too_large')) {
        return {
          status: 'runtime_error',
          message: `result larger than ${task.maxResultBytes} bytes as JSON`,
          ms,
          console: consoleText,
        };
      }
      if (text === 'E:cycle')
        return {
          status: 'runtime_error',
          message: 'result contains a circular reference',
          ms,
          console: consoleText,
        };
      if (text === 'E:too_deep')
        return {
          status: 'runtime_error',
          message: `result nested deeper than ${task.maxDepth} levels`,
          ms,
          console: consoleText,
        };
      const actual = decodeResult(text.slice(2));
      const passed = compareValues(actual, test.expected);
      return passed
        ? { status: 'passed', ms, console: consoleText }
        : { status: 'wrong_answer', ms, actual: preview(actual), console: consoleText };
    }
  } finally {
    for (let i = owned.length - 1; i >= 0; i--) {
      if (owned[i].alive) owned[i].dispose();
    }
    if (vm) vm.dispose();
    runtime.dispose();
  }
}

function everyTest(task, outcome, consoleText) {
  return {
    kind: 'ran',
    tests: task.tests.map(() => ({ ...outcome, ms: 0, console: consoleText || '' })),
  };
}

/**
 * task: { language, code, functionName, tests: [{ argsJson, expected }], timeLimitMs, answerTimeLimitMs,
 *         memoryLimitBytes, recycleAboveBytes, maxStackBytes, maxResultBytes, maxConsoleBytes, maxDepth,
 *         port? }
 * The result carries `memory`: the thread's id, its module's linear memory after the answer, whether the
 * module was recycled, and the thread's recycle count (for the process's metrics).
 */
module.exports = async function runCodeAnswer(task) {
  const port = task.port;
  try {
    // Lets the host start its wall-clock caps now rather than while the task waited in the queue.
    if (port) port.postMessage({ phase: 'started' });
    let loaded;
    try {
      loaded = await moduleFor(task.memoryLimitBytes);
    } catch (error) {
      current = null;
      throw error;
    }
    // From here on the answer's own budget applies.
    if (port) port.postMessage({ phase: 'ready' });
    let result;
    try {
      result = gradeInVm(loaded, task);
    } catch (error) {
      // The VM itself failed (e.g. a WASM abort while disposing): never reuse that module. When the
      // answer had filled its memory, QuickJS can fail outside any JS frame (a null allocation used by
      // the host API traps "memory access out of bounds"): that is the answer's memory verdict.
      result = loaded.growRefused
        ? everyTest(task, { status: 'memory_limit_exceeded', message: 'InternalError: out of memory' })
        : {
            kind: 'sandbox_failure',
            message: String((error && error.message) || error).slice(0, MESSAGE_MAX),
          };
      recycles += 1;
      loadModule(task.memoryLimitBytes);
      return { ...result, memory: { threadId, memoryBytes: MODULE_BASE_BYTES, recycled: true, recycles } };
    }
    return { ...result, memory: { threadId, ...afterAnswer(loaded, task), recycles } };
  } finally {
    if (port) port.close();
  }
};
