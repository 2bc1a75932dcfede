# SPDX-License-Identifier: GPL-3.0-or-later
"""`from gateway import TykGateway as tyk`: the gateway functions a plugin calls."""

import _hookbench


class TykGateway(object):
    @staticmethod
    def log(message, level="info"):
        _hookbench.log(str(level), str(message))

    @staticmethod
    def log_error(message):
        _hookbench.log("error", str(message))

    @staticmethod
    def store_data(key, value, ttl=0):
        if isinstance(value, str):
            value = value.encode("utf-8")
        _hookbench.store_data(str(key), bytes(value), int(ttl))

    @staticmethod
    def get_data(key):
        return _hookbench.get_data(str(key))

    @staticmethod
    def trigger_event(name, payload):
        _hookbench.trigger_event(str(name), str(payload))
