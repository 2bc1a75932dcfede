# SPDX-License-Identifier: GPL-3.0-or-later
"""Loads Tyk Python bundles and calls their hooks; driven by Hookbench's Python driver.

Behaves as Tyk's dispatcher (coprocess/python/dispatcher.py, TykDispatcher) on any Python 3:
the main module is imported under the bundle id, bundle-local helper modules are found by
an import hook placed last on sys.meta_path and removed from sys.modules after loading,
hooks are called by their number of positional parameters, and only in-place changes to
the Object count.
"""

import importlib.abc
import importlib.util
import os
import signal
import sys
import threading
import traceback

import _hookbench
import hookbench_clock
from coprocess_object_pb2 import Object
from tyk.decorators import HandlerDecorator
from tyk.request import TykCoProcessRequest


class HookTimeout(BaseException):
    """Raised inside a hook that overran its time budget (a BaseException, so a plugin's
    `except Exception` does not swallow it)."""


# A hook blocked in C (time.sleep, a socket read, a regular expression backtracking) runs no
# bytecode and may hold the GIL, so the watchdog stops it without Python: it marks the call
# in C (_hookbench.interrupt_due) and sends INTERRUPT_SIGNAL to this thread, the
# interpreter's main thread, where Python runs signal handlers. A blocking call returns
# EINTR, sre checks for signals as it backtracks, the bytecode loop checks between
# instructions; each then runs this handler, which raises in the hook. A signal that lands
# after its call ended finds no call due and does nothing.
INTERRUPT_SIGNAL = signal.SIGRTMIN + 3


def _on_interrupt_signal(signum, frame):
    if _hookbench.interrupt_due():
        raise HookTimeout()


signal.signal(INTERRUPT_SIGNAL, _on_interrupt_signal)

# Before any plugin is imported, so `from time import time` in a plugin gets the engine's.
hookbench_clock.install()


class PluginExitBlocked(BaseException):
    """Raised in a plugin that tries to end or replace the process (a BaseException, so a
    plugin's `except Exception` does not hide the attempt). Tyk runs plugins inside the
    gateway too, where such a call ends the gateway; here the hook fails instead."""


def _block_exit(what):
    _hookbench.log("error", "the plugin called %s, which would end the gateway process; "
                   "the hook fails instead" % what)
    raise PluginExitBlocked("%s is not allowed in a plugin: it would end the gateway process"
                            % what)


def _targets_this_process(pid):
    # kill(0) and kill(-pgrp) reach our own group, kill(-1) every process we may signal.
    return pid in (os.getpid(), 0, -1, -os.getpgrp())


def _guard_process_exits():
    """Replaces the calls that end or replace the process, in os and posix alike (`from os
    import _exit` after this gets the guard too). Code that reaches libc through ctypes is
    beyond any guard."""
    import posix
    real_kill, real_killpg = os.kill, os.killpg

    def _exit(code=0, *args):
        _block_exit("os._exit(%r)" % (code,))

    def abort():
        _block_exit("os.abort()")

    def kill(pid, sig):
        if sig != 0 and _targets_this_process(pid):
            _block_exit("os.kill(%d, %d)" % (pid, sig))
        return real_kill(pid, sig)

    def killpg(pgid, sig):
        if sig != 0 and pgid in (0, os.getpgrp()):
            _block_exit("os.killpg(%d, %d)" % (pgid, sig))
        return real_killpg(pgid, sig)

    def _exec(name):
        def blocked(*args, **kwargs):
            _block_exit("os.%s(...)" % name)
        return blocked

    for module in (os, posix):
        module._exit, module.abort, module.kill, module.killpg = _exit, abort, kill, killpg
        for name in ("execv", "execve"):  # os.execl* and os.execvp* call these
            if hasattr(module, name):
                setattr(module, name, _exec(name))

    def sys_exit(code=None):
        _block_exit("sys.exit(%r)" % (code,))

    sys.exit = sys_exit

    def raise_signal(sig):
        _block_exit("signal.raise_signal(%d)" % sig)

    def pthread_kill(thread_id, sig):
        # Every thread pthread_kill can reach belongs to this process.
        _block_exit("signal.pthread_kill(%d, %d)" % (thread_id, sig))

    signal.raise_signal = raise_signal
    signal.pthread_kill = pthread_kill


_guard_process_exits()


def _cap_recursion_limit(cap):
    """The interpreter thread's stack is sized for `cap` levels (see pythonruntime.cpp): a
    plugin may lower the limit but not raise it past that, so deep recursion ends in
    RecursionError rather than a stack overflow that ends the process."""
    real = sys.setrecursionlimit

    def setrecursionlimit(limit):
        if isinstance(limit, int) and limit > cap:
            _hookbench.log("warning", "sys.setrecursionlimit(%d) lowered to %d, the deepest "
                           "recursion the plugin thread's stack holds" % (limit, cap))
            limit = cap
        real(limit)

    sys.setrecursionlimit = setrecursionlimit
    # Threads a plugin starts get the interpreter thread's stack size (address space only:
    # pages are used as the stack grows), as the limit applies to them as well.
    threading.stack_size(_hookbench.stack_bytes())


_cap_recursion_limit(_hookbench.recursion_limit_cap())


class _OutputToLog(object):
    """sys.stdout/sys.stderr: print() output goes to the log of the running call."""

    def __init__(self, level):
        self.level = level
        self.pending = ""

    def write(self, text):
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            _hookbench.log(self.level, line)
        return len(text)

    def flush(self):
        if self.pending:
            _hookbench.log(self.level, self.pending)
            self.pending = ""

    def isatty(self):
        return False


sys.stdout = _OutputToLog("print")
sys.stderr = _OutputToLog("print")


class _BundleFinder(importlib.abc.MetaPathFinder):
    def __init__(self, directory):
        self.directory = directory
        self.loaded = []

    def find_spec(self, fullname, path=None, target=None):
        if "." in fullname:
            return None
        candidate = os.path.join(self.directory, fullname + ".py")
        if os.path.isfile(candidate):
            self.loaded.append(fullname)
            return importlib.util.spec_from_file_location(fullname, candidate)
        _hookbench.log("error", "Your bundle doesn't contain '%s'" % fullname)
        return None


class _Bundle(object):
    def __init__(self, module_id, hooks, modules):
        self.module_id = module_id
        self.hooks = hooks
        self.modules = modules


_bundles = {}
_next_handle = [1]


def _location(tb, files, directory):
    """(file, line, function) of the innermost frame in the plugin's own files."""
    best = None
    for frame in traceback.extract_tb(tb):
        name = os.path.abspath(frame.filename)
        if name in files or (directory and name.startswith(directory + os.sep)):
            best = frame
    if best is None:
        frames = traceback.extract_tb(tb)
        best = frames[-1] if frames else None
    if best is None:
        return ("", 0, "")
    return (best.filename, best.lineno or 0, best.name or "")


def load(module_id, directory, files, hook_names):
    """Returns ("ok", handle, problems) or ("error", message, file, line, column).

    problems: list of (message, file) for hooks the manifest names but the code lacks.
    """
    files = [os.path.abspath(f) for f in files]
    directory = os.path.abspath(directory) if directory else os.path.dirname(files[0])
    finder = _BundleFinder(directory)
    sys.meta_path.append(finder)
    hooks = {}
    modules = []
    try:
        for index, path in enumerate(files):
            if not os.path.isfile(path):
                return ("error", "plugin file %s does not exist" % path, path, 0, 0)
            name = module_id if index == 0 else "%s_%d" % (module_id, index)
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except SyntaxError as e:
                _hookbench.lift_memory_cap()
                sys.modules.pop(name, None)
                return ("error", "Middleware initialization error: %s: %s" % (type(e).__name__, e.msg),
                        e.filename or path, e.lineno or 0, e.offset or 0)
            except BaseException as e:  # noqa: B902 - report anything the module raised
                _hookbench.lift_memory_cap()
                sys.modules.pop(name, None)
                file, line, _ = _location(e.__traceback__, files, directory)
                return ("error", "Middleware initialization error: %s: %s" % (type(e).__name__, e),
                        file or path, line, 0)
            modules.append(module)
            for value in list(vars(module).values()):
                if isinstance(value, HandlerDecorator):
                    hooks[value.name] = value
    finally:
        sys.meta_path.remove(finder)
        for name in finder.loaded:
            sys.modules.pop(name, None)
    problems = []
    for hook in hook_names:
        if hook not in hooks:
            problems.append(("Hook is not defined: %s (no @Hook function of that name in %s)"
                             % (hook, ", ".join(os.path.basename(f) for f in files)), files[0]))
    handle = _next_handle[0]
    _next_handle[0] += 1
    _bundles[handle] = _Bundle(module_id, hooks, modules)
    return ("ok", handle, problems)


def unload(handle):
    bundle = _bundles.pop(handle, None)
    if bundle is not None:
        for module in bundle.modules:
            if sys.modules.get(module.__name__) is module:
                del sys.modules[module.__name__]


def _call(bundle, obj):
    hook = bundle.hooks.get(obj.hook_name)
    if hook is None:
        raise Exception("Hook is not defined: %s" % obj.hook_name)
    request = TykCoProcessRequest(obj.request)
    session = obj.session
    metadata = session.metadata
    spec = obj.spec
    # Legacy decorators have no arg_count: AttributeError, as in Tyk.
    count = hook.arg_count
    if count == 3:
        request, session = hook.f(request, session, spec)
    elif count == 4:
        request, session, metadata = hook.f(request, session, metadata, spec)
        # Tyk merges the returned metadata into the returned session's: the same map is a
        # no-op, a plain dict raises (protobuf maps merge only maps), and a session other
        # than the Object's own changes nothing, as only in-place changes count.
        session.metadata.MergeFrom(metadata)
    elif count == 5:
        hook.f(request, obj.response, session, metadata, spec)
    else:
        # Tyk's decorator returns None here and unpacking it fails.
        raise TypeError("cannot unpack non-iterable NoneType object (a hook takes 3, 4 or 5 "
                        "positional parameters; %s takes %d)" % (obj.hook_name, count))


def dispatch_object(handle, obj):
    """Calls the hook on `obj` (an Object the hook changes in place).

    Returns None, or (message, file, line, function, traceback) when the hook failed.
    Keeps no reference to `obj`: the driver takes its contents back without a copy when
    nothing else refers to it.
    """
    bundle = _bundles.get(handle)
    try:
        if bundle is None or not bundle.hooks:
            raise Exception("No hooks defined for bundle: %s"
                            % (bundle.module_id if bundle else obj.spec["bundle_hash"]))
        _call(bundle, obj)
    except HookTimeout:
        return ("Hook '%s' overran its time budget and was interrupted" % obj.hook_name,
                "", 0, "", "")
    except BaseException as e:  # noqa: B902 - every failure becomes Tyk's error reply
        # Reporting needs memory, and a hook stopped by its memory cap may still hold it all.
        _hookbench.lift_memory_cap()
        files = [m.__file__ for m in bundle.modules] if bundle else []
        directory = os.path.dirname(files[0]) if files else ""
        file, line, function = _location(e.__traceback__, files, directory)
        message = "Hook '%s' returned an error: %s" % (obj.hook_name, e)
        tb = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        return (message, file, line, function, tb)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return None


def dispatch(handle, data):
    """dispatch_object on an Object parsed from `data`, as Tyk's dispatcher does; for a
    protobuf backend the driver cannot hand objects to directly.

    Returns (object_bytes, None) or (None, (message, file, line, function, traceback)).
    """
    obj = Object()
    obj.ParseFromString(data)
    error = dispatch_object(handle, obj)
    if error is not None:
        return (None, error)
    return (obj.SerializeToString(), None)
