// What ran in each long main-thread task, from a Chromium trace (devtools.timeline): for GZ_BENCH_TASKS=1 runs.
// A PerformanceObserver "longtask" entry gives only a start and a duration; the trace shows how much of a task
// ran before any page script (Chromium's own work) and which events took the rest.

/** Starts tracing on the page; `stop()` resolves with the trace events. */
export async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute,blink',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

const SCRIPT = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run']);

/** The page's main thread: the renderer main thread that ran page script (workers have threads of their own). */
function pageMainThreads(events) {
  const scripted = new Set(events.filter((e) => e.name === 'FunctionCall').map((e) => `${e.pid}:${e.tid}`));
  return new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`)
      .filter((k) => scripted.has(k)),
  );
}

/**
 * The `n` longest main-thread tasks of any length (the longtask observer only sees those over 50 ms), as
 * "<ms> ms at +<ms>" from the first traced event, apart before and after the page's `console.timeStamp(mark)`.
 */
export function longestTasksAround(events, mark, n = 3) {
  const mainOf = pageMainThreads(events);
  const own = events.filter((e) => e.ph === 'X' && mainOf.has(`${e.pid}:${e.tid}`));
  const start = own.reduce((t, e) => Math.min(t, e.ts), Infinity);
  const at = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark)?.ts ?? Infinity;
  const top = (list) =>
    list
      .sort((a, b) => b.dur - a.dur)
      .slice(0, n)
      .map((e) => `${(e.dur / 1000).toFixed(1)} ms at +${((e.ts - start) / 1000).toFixed(0)} ms`);
  const tasks = own.filter((e) => e.name === 'RunTask');
  return { before: top(tasks.filter((e) => e.ts < at)), after: top(tasks.filter((e) => e.ts >= at)) };
}

/** One line per main-thread task of at least `minMs`: its length, the time before page script ran, the longest events inside. */
export function describeLongTasks(events, minMs = 50) {
  const mainOf = pageMainThreads(events);
  const lines = [];
  const start = events.filter((e) => e.ph === 'X' && mainOf.has(`${e.pid}:${e.tid}`)).reduce((t, e) => Math.min(t, e.ts), Infinity);
  for (const task of events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.dur >= minMs * 1000 && mainOf.has(`${e.pid}:${e.tid}`),
  )) {
    const inside = events.filter(
      (e) =>
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ph === 'X' &&
        e !== task &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + task.dur,
    );
    const firstScript = inside.filter((e) => SCRIPT.has(e.name)).reduce((t, e) => Math.min(t, e.ts), task.ts + task.dur);
    const top = inside
      .filter((e) => e.dur >= 1000 && e.name !== 'ThreadControllerImpl::RunTask')
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}${e.args?.chrome_mojo_event_info?.mojo_interface_tag ? `(${e.args.chrome_mojo_event_info.mojo_interface_tag})` : ''} ${(e.dur / 1000).toFixed(1)} ms`,
      );
    const replies = new Map();
    for (const e of inside.filter((x) => x.name === 'Receive mojo reply')) {
      const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '?';
      replies.set(tag, (replies.get(tag) ?? 0) + 1);
    }
    const sync = [...replies].map(([tag, n]) => `${n}× ${tag}`).join(', ') || 'none';
    lines.push(
      `task at +${((task.ts - start) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(1)} ms: ${((firstScript - task.ts) / 1000).toFixed(1)} ms before any page script; synchronous IPC replies: ${sync}; longest inside: ${top.join(', ')}`,
    );
  }
  return lines;
}
