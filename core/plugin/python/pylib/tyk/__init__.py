# SPDX-License-Identifier: GPL-3.0-or-later
# Hookbench's `tyk` package: the names a Tyk Python plugin imports, written from
# Tyk's coprocess/python/tyk package.
