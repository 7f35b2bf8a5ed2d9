"""The ``omnimap`` program sends commands to the CLI and everything else to the app."""

from __future__ import annotations

import sys

from omnimap import launch


def test_commands_go_to_the_cli(tmp_path, capsys):
    target = tmp_path / "a.omnimap"
    assert launch.main(["new", "--template", "sample", "-o", str(target)]) == 0
    assert launch.main(["validate", str(target)]) == 0
    assert "valid" in capsys.readouterr().out


def test_the_app_is_started_for_a_file_or_nothing(monkeypatch):
    import types

    calls = []
    fake = types.ModuleType("omnimap.gui.app")
    fake.run = lambda argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "omnimap.gui.app", fake)
    assert launch.main([]) == 0
    assert launch.main(["map.omnimap"]) == 0
    assert calls == [[], ["map.omnimap"]]
