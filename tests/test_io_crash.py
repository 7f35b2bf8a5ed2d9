"""A save killed at any moment leaves the old file or the new one, whole.

A helper process loads two large workspaces once, then for every round forks a
child that saves them in turn, over and over, into the same file. The child is
killed with SIGKILL either at a random moment or while it is held at one of
the dangerous points of a save (temporary file written but not yet synced,
about to be renamed, renamed but the folder not yet synced). After every kill
the file must load and be exactly one of the two workspaces.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from omnimap.io import dumps_workspace, load_workspace, save_workspace

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                       reason="needs fork() and SIGKILL"),
]

ROUNDS = 40

# The helper is a single-threaded process, so forking it is safe whatever
# threads the test process itself may run.
HELPER = textwrap.dedent("""
    import os, sys, time
    from omnimap.io import load_workspace, save_workspace

    target, a_path, b_path = sys.argv[1:4]
    a, b = load_workspace(a_path), load_workspace(b_path)
    real_fsync, real_replace = os.fsync, os.replace

    def hold(point):
        print("at", point, flush=True)
        time.sleep(60)  # until killed; never go on saving if the test gave up
        os._exit(3)

    def run(point, saves_before):
        calls = {"fsync": 0, "saves": 0}

        def fsync(fd):
            calls["fsync"] += 1
            armed = calls["saves"] >= saves_before
            # Each save syncs the temporary file, then the folder.
            if armed and point == "written" and calls["fsync"] % 2 == 1:
                hold(point)
            if armed and point == "renamed" and calls["fsync"] % 2 == 0:
                hold(point)
            return real_fsync(fd)

        def replace(src, dst):
            if calls["saves"] >= saves_before and point == "rename":
                hold(point)
            return real_replace(src, dst)

        os.fsync, os.replace = fsync, replace
        while True:
            for ws in (b, a):
                save_workspace(ws, target)
                calls["saves"] += 1

    for line in sys.stdin:
        command = line.split()
        if command[0] != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                run(command[1], int(command[2]))
            finally:
                os._exit(1)
        print("pid", pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
""")


def test_killed_saves_leave_a_whole_file(
    tmp_path: Path, make_big_workspace: Callable[..., bytes]
) -> None:
    # Large enough that a save takes a while, small enough for 40 rounds.
    a = make_big_workspace(1000, 1500, seed=1)
    b = make_big_workspace(1000, 1500, seed=2)
    assert a != b
    (tmp_path / "a.omnimap").write_bytes(a)
    (tmp_path / "b.omnimap").write_bytes(b)
    work = tmp_path / "work"
    work.mkdir()
    target = work / "map.omnimap"
    target.write_bytes(a)

    helper = subprocess.Popen(
        [sys.executable, "-c", HELPER, str(target), str(tmp_path / "a.omnimap"),
         str(tmp_path / "b.omnimap")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert helper.stdin is not None and helper.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = helper.stdout
    reader = threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True)
    reader.start()

    def next_line(why: str) -> list[str]:
        try:
            return lines.get(timeout=30).split()
        except queue.Empty:
            pytest.fail(f"no word from the helper: {why}")

    rng = random.Random(20261123)
    seen = {"a": 0, "b": 0}
    held = 0
    child = 0  # a forked saver not yet reaped
    try:
        for round_ in range(ROUNDS):
            point = rng.choice(["random", "random", "written", "rename", "renamed"])
            helper.stdin.write(f"go {point} {rng.randrange(3)}\n")
            helper.stdin.flush()
            pid = 0
            arrived = point == "random"
            while not (pid and arrived):
                word, value = next_line(f"waiting for the save to reach {point!r}")
                if word == "pid":
                    pid = child = int(value)
                else:
                    assert (word, value) == ("at", point)
                    arrived = True
            if point == "random":
                time.sleep(rng.uniform(0, 0.25))
            os.kill(pid, signal.SIGKILL)
            assert next_line("waiting for the killed child") == ["reaped"]
            child = 0

            content = target.read_bytes()
            assert content in (a, b), f"round {round_} ({point}): the file is neither"
            seen["a" if content == a else "b"] += 1
            assert dumps_workspace(load_workspace(target)) == content
            strays = [p.name for p in work.iterdir() if p != target]
            assert all(n.startswith(".map.omnimap.") and n.endswith(".tmp") for n in strays)
            if point in ("written", "rename"):
                held += 1
                assert strays, "the save was held before its rename, so a temporary file exists"
    finally:
        if child:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        helper.stdin.close()
        try:
            helper.wait(timeout=30)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()
        reader.join(timeout=10)
        stdout.close()
    assert held and seen["a"] and seen["b"]
    # Temporary files left by the crashes do not get in the way of later saves.
    save_workspace(load_workspace(tmp_path / "b.omnimap"), target)
    assert target.read_bytes() == b
