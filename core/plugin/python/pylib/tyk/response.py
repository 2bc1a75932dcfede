# SPDX-License-Identifier: GPL-3.0-or-later
"""Response classes under Tyk's names: aliases of the protobuf messages."""

from coprocess_response_object_pb2 import Header, ResponseObject  # noqa: F401
