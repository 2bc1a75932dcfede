# SPDX-License-Identifier: GPL-3.0-or-later
# Module-level state persists between calls, as it does in Tyk.
_counts = {}


def bump(name):
    _counts[name] = _counts.get(name, 0) + 1
    return _counts[name]
