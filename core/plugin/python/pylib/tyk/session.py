# SPDX-License-Identifier: GPL-3.0-or-later
"""Session classes under Tyk's names: aliases of the protobuf messages."""

from coprocess_session_state_pb2 import SessionState as TykSession  # noqa: F401
from coprocess_session_state_pb2 import (  # noqa: F401
    AccessDefinition,
    AccessSpec,
    BasicAuthData,
    JWTData,
    Monitor,
)
