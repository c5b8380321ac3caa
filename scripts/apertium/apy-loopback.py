"""Runs Apertium's HTTP server (APy, Debian package apertium-apy) on 127.0.0.1 only.

APy has no option for the address it listens on: it binds every interface
(apertium_apy/apy.py main(): `http_server.bind(args.port)`). This launcher gives tornado's
public `bind` method a loopback default address, then runs APy's own `main` with the same
command-line arguments, so nothing else about APy changes.
"""
import sys

import tornado.httpserver

_bind = tornado.httpserver.HTTPServer.bind


def _loopback_bind(self, port, address=None, *args, **kwargs):
    return _bind(self, port, address or '127.0.0.1', *args, **kwargs)


tornado.httpserver.HTTPServer.bind = _loopback_bind

from apertium_apy.apy import main  # noqa: E402  (after the patch above)

sys.argv[0] = 'apertium-apy'
main()
