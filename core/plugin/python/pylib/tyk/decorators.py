# SPDX-License-Identifier: GPL-3.0-or-later
"""Decorators a Tyk Python plugin marks its hooks with.

@Hook records the function name and its number of positional parameters; the parameter
count alone decides how the hook is called (Tyk: coprocess/python/dispatcher.py). The legacy
decorators exist so plugins import cleanly, but, as in Tyk, they lack the parameter count
and a hook marked with them fails when called.
"""


class HandlerDecorator(object):
    def __init__(self, f):
        self.f = f
        self.name = f.__name__

    def __call__(self, *args, **kwargs):
        return self.f(*args, **kwargs)


class Hook(HandlerDecorator):
    def __init__(self, f):
        super().__init__(f)
        self.arg_count = f.__code__.co_argcount


class Event(HandlerDecorator):
    """Registered, never invoked: Tyk's Python event dispatch is a no-op."""


class Pre(HandlerDecorator):
    pass


class Post(HandlerDecorator):
    pass


class PostKeyAuth(HandlerDecorator):
    pass


class CustomKeyCheck(HandlerDecorator):
    pass
