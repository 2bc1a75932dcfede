# SPDX-License-Identifier: GPL-3.0-or-later
"""The request wrapper a hook receives (Tyk: coprocess/python/tyk/request.py)."""


class TykCoProcessRequest(object):
    def __init__(self, mini_request_object):
        self.object = mini_request_object

    def add_header(self, key, value):
        self.object.set_headers[key] = value

    def delete_header(self, key):
        self.object.delete_headers.append(key)

    def add_param(self, key, value):
        self.object.add_params[key] = value

    def delete_param(self, key):
        self.object.delete_params.append(key)

    def get_header(self, key):
        # Exact, case-sensitive lookup, as in Tyk: names arrive canonical ("X-Api-Key").
        if key in self.object.headers:
            return self.object.headers[key]
        return None
