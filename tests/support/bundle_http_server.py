#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serves a directory over HTTP (or HTTPS with --cert/--key) on a free loopback port, for the
bundle download tests. Prints "PORT <n>" once listening; runs until killed."""
import argparse
import functools
import http.server
import ssl

parser = argparse.ArgumentParser()
parser.add_argument("directory")
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # request lines are noise in test output
        pass


handler = functools.partial(QuietHandler, directory=args.directory)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
if args.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
print("PORT", server.server_address[1], flush=True)
server.serve_forever()
