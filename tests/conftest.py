"""Test set-up: Qt offscreen before anything imports it, the planner's folders in a temporary place, no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def planner_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test, and every planner it starts, keeps its files away from the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JADWAL_KERJA_HOME", str(home))
    return home


_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "", None})


class NetworkUsed(AssertionError):
    """The planner is offline software: a test that reaches for the network fails."""


def _is_local(address: object) -> bool:
    if isinstance(address, str | bytes):  # an AF_UNIX path
        return True
    if isinstance(address, tuple) and address:
        host = address[0]
        return host in _LOCAL_HOSTS or (isinstance(host, str) and host.startswith("127."))
    return False


def _guarded(original: Callable[..., Any], describe: str) -> Callable[..., Any]:
    """``original`` refusing non-local addresses; ``connect`` is a method (the address is its second argument)."""

    def guard(*args: Any, **kwargs: Any) -> Any:
        address = args[1] if describe == "connect" else args[0]
        if not _is_local((address,) if describe == "getaddrinfo" else address):
            raise NetworkUsed(f"a test opened a network connection ({describe} {address!r})")
        return original(*args, **kwargs)

    return guard


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect to, or look up, a host other than this computer fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _guarded(socket.socket.connect, "connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(socket.socket.connect_ex, "connect"))
    monkeypatch.setattr(socket, "create_connection", _guarded(socket.create_connection, "create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", _guarded(socket.getaddrinfo, "getaddrinfo"))
