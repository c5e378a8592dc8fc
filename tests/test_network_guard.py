"""The suite's network guard itself: a test that reaches for another computer fails."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkUsed


def test_connecting_to_another_computer_fails_the_test() -> None:
    with pytest.raises(NetworkUsed), socket.create_connection(("192.0.2.1", 80), timeout=0.1):
        pass
    with socket.socket() as raw, pytest.raises(NetworkUsed):
        raw.connect(("93.184.216.34", 443))


def test_looking_up_a_host_name_fails_the_test() -> None:
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkUsed):
        urllib.request.urlopen("http://example.org/", timeout=0.1)


def test_this_computer_is_still_reachable() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=1):
            pass
