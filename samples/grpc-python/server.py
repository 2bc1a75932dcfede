#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Tyk gRPC plugin server in Python: a sample to copy.

The gateway (Tyk, or Hookbench) is the gRPC client. For every hook of an API whose
custom_middleware driver is "grpc" it calls Dispatcher.Dispatch with a coprocess.Object and
applies the Object it gets back. Gateway events arrive through Dispatcher.DispatchEvent.

Your plugin code is the `Hooks` class below: one method per hook name, as written in the API
definition's custom_middleware. The rest of the file starts the server.

    python3 samples/grpc-python/server.py [--listen 127.0.0.1:5555]
"""

import argparse
import bdb
import hashlib
import importlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent import futures

log = logging.getLogger("grpc-python")

# Tokens MyAuthCheck accepts, with the metadata each session gets. A real plugin would ask
# its identity provider here.
TOKENS = {
    "Bearer sample-token": {"user": "alice"},
    "Bearer other-token": {"user": "bob"},
}


def get_header(headers, name):
    """A header's value from a coprocess header map, whatever the case of its name.

    The gateway sends Go's canonical names ("X-Block"), but a plugin should not depend on it.
    """
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return ""


class Hooks:
    """The plugin: one method per hook name. Each takes the coprocess.Object the gateway sent
    and returns the Object the gateway applies. Change fields in place and return it."""

    def MyPreHook(self, obj):
        # Pre hooks run before authentication: there is no session yet.
        obj.request.set_headers["X-Pre-Hook"] = "grpc-python"
        if get_header(obj.request.headers, "X-Block").strip().lower() == "yes":
            # Answer the client now; the upstream is not called. override_error makes the
            # gateway send response_body as it is: without it a code >= 400 is treated as an
            # authentication failure and the text is wrapped in the gateway's error template
            # (Tyk: gateway/coprocess.go, CoProcessMiddleware.ProcessRequest).
            overrides = obj.request.return_overrides
            overrides.response_code = 403
            overrides.override_error = True
            overrides.response_body = json.dumps({"error": "blocked by the pre hook"})
            overrides.headers["Content-Type"] = "application/json"
        return obj

    def MyAuthCheck(self, obj):
        # The API's id_extractor reads the Authorization header: once this hook accepted a
        # token, the gateway keeps the session until id_extractor_deadline and does not
        # call this hook again for that token before then.
        token = get_header(obj.request.headers, "Authorization")
        user = TOKENS.get(token)
        if user is None:
            # A code >= 400 without override_error is an authentication failure: the gateway
            # answers with its error template ({"error": "unknown token"}) and fires its
            # AuthFailure event (Tyk: gateway/coprocess.go, CoProcessMiddleware.ProcessRequest).
            obj.request.return_overrides.response_code = 403
            obj.request.return_overrides.response_error = "unknown token"
            return obj

        session = obj.session
        session.rate = 1000
        session.per = 60
        session.quota_max = -1
        session.id_extractor_deadline = int(time.time()) + 60
        session.metadata.update(user)
        # The gateway stores the session under metadata["token"]; without it the request is
        # refused with 403.
        obj.metadata["token"] = token
        return obj

    def MyPostHook(self, obj):
        # Post hooks run after authentication and see the session MyAuthCheck returned.
        user = obj.session.metadata.get("user", "anonymous")
        obj.request.set_headers["X-Post-Hook"] = user
        return obj

    def MyResponseHook(self, obj):
        # The response carries its headers twice: `headers` (first value of each) and
        # `multivalue_headers` (all of them). Set both so the header survives whichever one
        # the gateway reads. The body is left alone.
        name, value = "X-Response-Hook", "grpc-python"
        obj.response.headers[name] = value
        for header in obj.response.multivalue_headers:
            if header.key.lower() == name.lower():
                header.values[:] = [value]
                break
        else:
            obj.response.multivalue_headers.add(key=name, values=[value])
        return obj


class Dispatcher:
    """The coprocess.Dispatcher service. gRPC only needs the two methods, so this class does
    not inherit the generated DispatcherServicer (which exists only after protoc ran)."""

    def __init__(self, hooks, grpc, object_pb2, common_pb2):
        self.hooks = hooks
        self.grpc = grpc
        self.object_pb2 = object_pb2
        self.common_pb2 = common_pb2

    def Dispatch(self, obj, context):
        started = time.perf_counter()
        hook_types = self.common_pb2.HookType
        hook_type = (hook_types.Name(obj.hook_type) if obj.hook_type in hook_types.values()
                     else str(obj.hook_type))
        # Names starting with "_" are never hooks: this keeps Python's internals out of reach.
        hook = None
        if not obj.hook_name.startswith("_"):
            hook = getattr(self.hooks, obj.hook_name, None)
        try:
            if hook is None:
                log.warning("%s %r: no such hook, returning the object unchanged",
                            hook_type, obj.hook_name)
                return obj
            result = hook(obj)
            # A hook that changed obj in place but forgot `return obj` still works.
            return obj if result is None else result
        except Exception as exc:  # a bug in a hook: log it and fail the call
            log.exception("%s %s failed", hook_type, obj.hook_name)
            # The gateway answers 500 "Middleware error" (403 for auth_check) to a failed call.
            context.abort(self.grpc.StatusCode.INTERNAL, f"{obj.hook_name}: {exc}")
        finally:
            log.info("%s %s took %.2f ms", hook_type, obj.hook_name,
                     (time.perf_counter() - started) * 1000)

    def DispatchEvent(self, event, context):
        # Gateway events (AuthFailure, QuotaExceeded, ...) as JSON; the reply carries nothing.
        try:
            payload = json.dumps(json.loads(event.payload), sort_keys=True)
        except ValueError:
            payload = event.payload
        log.info("event: %s", payload)
        return self.object_pb2.EventReply()


# ---------------------------------------------------------------------------------------
# Starting the server. Nothing below needs changing to write hooks.

DEBIAN_PACKAGES = {
    "grpc": "python3-grpcio",
    "google.protobuf": "python3-protobuf",
    "protoc": "protobuf-compiler",
    "grpc_python_plugin": "protobuf-compiler-grpc",
}

# gRPC refuses messages over 4 MiB by default; a request or response body can be bigger.
# Tyk's own gRPC tests use 100 MB (coprocess/grpc/coprocess_grpc_test.go, grpcTestMaxSize).
MAX_MESSAGE_BYTES = 100 * 1000 * 1000


class StartupError(Exception):
    pass


SYSTEM_PYTHON = "/usr/bin/python3"


def system_python_has(name):
    return (os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON)
            and os.path.exists(SYSTEM_PYTHON)
            and subprocess.run([SYSTEM_PYTHON, "-c", f"import {name}"],
                               capture_output=True).returncode == 0)


def import_module_or_explain(name):
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        # A Python from pyenv, a venv or /usr/local does not see Debian's packages. Run the
        # script again with Debian's Python, unless a debugger is attached to this process.
        debugged = sys.gettrace() is not None or {"pdb", "pydevd"} & sys.modules.keys()
        if (not debugged and system_python_has(name)
                and not os.environ.get("HOOKBENCH_GRPC_PYTHON_REEXEC")):
            log.info("%s cannot import %s; running with %s", sys.executable, name,
                     SYSTEM_PYTHON)
            os.environ["HOOKBENCH_GRPC_PYTHON_REEXEC"] = "1"
            os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])
        message = (f"cannot import the Python module '{name}' ({exc}) with {sys.executable}; "
                   f"install it: apt install {DEBIAN_PACKAGES[name]}")
        if system_python_has(name):
            message += f" (or run this script with {SYSTEM_PYTHON}, which has it)"
        raise StartupError(message) from None


def find_tool(explicit, name):
    path = explicit or shutil.which(name) or (f"/usr/bin/{name}" if
                                              os.access(f"/usr/bin/{name}", os.X_OK) else None)
    if not path or not os.access(path, os.X_OK):
        raise StartupError(f"'{name}' not found; install it: apt install {DEBIAN_PACKAGES[name]}")
    return path


def cache_root():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "hookbench", "grpc-python")


def generate_modules(proto_dir, cache_dir, protoc, plugin):
    """Runs protoc on every .proto in proto_dir unless the cache already holds its output for
    these exact protos and this protoc. Returns the folder that holds the *_pb2 modules."""
    protos = sorted(f for f in os.listdir(proto_dir) if f.endswith(".proto"))
    if not protos:
        raise StartupError(f"no .proto files in {proto_dir} (see --proto-dir)")

    version = subprocess.run([protoc, "--version"], capture_output=True, text=True).stdout
    key = hashlib.sha256(version.encode())
    key.update(str(os.stat(plugin).st_mtime_ns).encode())
    for name in protos:
        key.update(name.encode() + b"\0")
        with open(os.path.join(proto_dir, name), "rb") as f:
            key.update(f.read() + b"\0")
    digest = key.hexdigest()[:16]

    try:
        os.makedirs(cache_dir, exist_ok=True)
    except OSError:
        # No writable home (a container, a service user): fall back to a temp folder.
        cache_dir = os.path.join(tempfile.gettempdir(), f"hookbench-grpc-python-{os.getuid()}")
        os.makedirs(cache_dir, exist_ok=True)
    target = os.path.join(cache_dir, digest)
    if os.path.isdir(target):
        log.debug("using the modules generated earlier in %s", target)
        return target

    # Generate next to the target and rename, so a second server starting at the same time
    # never imports half-written modules.
    work = tempfile.mkdtemp(prefix=".gen-", dir=cache_dir)
    command = [protoc, f"--proto_path={proto_dir}", f"--python_out={work}",
               f"--grpc_python_out={work}", f"--plugin=protoc-gen-grpc_python={plugin}", *protos]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(work, ignore_errors=True)
        raise StartupError(f"protoc failed ({' '.join(command)}):\n{run.stderr.strip()}")
    try:
        os.rename(work, target)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)  # another server generated it first
    log.info("generated Python modules from %s into %s", proto_dir, target)

    # Modules generated from older protos are of no use any more.
    for entry in os.listdir(cache_dir):
        if entry != digest and len(entry) == len(digest) and not entry.startswith("."):
            shutil.rmtree(os.path.join(cache_dir, entry), ignore_errors=True)
    return target


def grpc_address(listen, port):
    """The address for grpc's add_insecure_port. Accepts HOST:PORT, tcp://HOST:PORT (as in
    tyk.conf's coprocess_grpc_server) and unix:///path."""
    if listen.startswith("unix:"):
        if port is not None:
            raise StartupError("--port does not apply to a unix: address")
        return listen
    if listen.startswith("tcp://"):
        listen = listen[len("tcp://"):]
    host, sep, old_port = listen.rpartition(":")
    if not sep and port is not None:
        host, old_port = listen, ""  # --listen HOST --port N
    elif not sep or not host or (port is None and not old_port.isdigit()):
        raise StartupError(f"--listen {listen!r}: expected HOST:PORT, tcp://HOST:PORT "
                           f"or unix:///path")
    return f"{host}:{old_port if port is None else port}"


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="A Tyk gRPC plugin server (coprocess.Dispatcher).")
    parser.add_argument("--listen", default="127.0.0.1:5555",
                        help="HOST:PORT, tcp://HOST:PORT or unix:///path (default %(default)s); "
                             "port 0 picks a free port")
    parser.add_argument("--port", type=int, help="the port, overriding the one in --listen")
    parser.add_argument("--proto-dir", default=os.path.join(here, "..", "..", "core", "coprocess",
                                                            "proto"),
                        help="where the coprocess *.proto files are (default: Hookbench's)")
    parser.add_argument("--cache-dir", default=cache_root(),
                        help="where generated modules are kept (default %(default)s)")
    parser.add_argument("--protoc", help="protoc to run (default: from PATH)")
    parser.add_argument("--grpc-plugin", help="protoc's gRPC Python plugin "
                                              "(default: grpc_python_plugin from PATH)")
    parser.add_argument("--workers", type=int, default=10,
                        help="calls served at the same time (default %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    args = parser.parse_args(argv)

    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    try:
        address = grpc_address(args.listen, args.port)
        grpc = import_module_or_explain("grpc")
        import_module_or_explain("google.protobuf")
        protoc = find_tool(args.protoc, "protoc")
        plugin = find_tool(args.grpc_plugin, "grpc_python_plugin")
        proto_dir = os.path.abspath(args.proto_dir)
        if not os.path.isdir(proto_dir):
            raise StartupError(f"--proto-dir {proto_dir}: no such folder")
        modules = generate_modules(proto_dir, args.cache_dir, protoc, plugin)
        # The generated modules import each other by their bare names.
        sys.path.insert(0, modules)
        common_pb2 = importlib.import_module("coprocess_common_pb2")
        object_pb2 = importlib.import_module("coprocess_object_pb2")
        object_pb2_grpc = importlib.import_module("coprocess_object_pb2_grpc")

        workers = futures.ThreadPoolExecutor(max_workers=args.workers)
        server = grpc.server(workers,
                             options=[("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
                                      ("grpc.max_send_message_length", MAX_MESSAGE_BYTES)])
        object_pb2_grpc.add_DispatcherServicer_to_server(
            Dispatcher(Hooks(), grpc, object_pb2, common_pb2), server)
        try:
            # grpcio raises on a failed bind; older versions returned 0.
            bound = server.add_insecure_port(address)
        except RuntimeError:
            bound = 0
        if bound == 0 and not address.startswith("unix:"):
            raise StartupError(f"cannot listen on {address} (in use, or not a local address?)")
    except StartupError as exc:
        print(f"server.py: {exc}", file=sys.stderr)
        return 1

    # Under `python3 -m pdb`, breakpoints only fire on the thread pdb traces (this one), but
    # hooks run on gRPC's worker threads: hand them pdb's trace function too. IDE debuggers
    # (debugpy, PyCharm) follow threads by themselves.
    tracer = sys.gettrace()
    if isinstance(getattr(tracer, "__self__", None), bdb.Bdb):
        threading.settrace(tracer)

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())

    server.start()
    if address.startswith("unix:"):
        shown = address
    else:
        shown = "tcp://" + address.rpartition(":")[0] + f":{bound}"
    # One line on stdout, the value for coprocess_grpc_server; tests wait for it.
    print(f"listening on {shown}", flush=True)

    # Python runs signal handlers on the main thread; waiting in slices keeps this loop
    # responsive to them wherever a blocked wait would not be interrupted.
    while not stop.wait(1):
        pass
    log.info("stopping")
    threading.settrace(None)  # gRPC's shutdown threads need no debugger
    server.stop(grace=2).wait()
    workers.shutdown(wait=True)
    if address.startswith("unix:"):
        # unix:///abs/path or unix:rel/path
        path = address[len("unix://"):] if address.startswith("unix://") else address[5:]
        try:
            os.unlink(path)
        except OSError:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
