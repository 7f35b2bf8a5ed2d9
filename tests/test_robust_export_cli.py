"""``omnimap export`` on a broken engine and on folders it cannot write: one line, exit 2."""

from __future__ import annotations

import os
import sys

import pytest

from omnimap.cli.main import main
from omnimap.io import save_workspace
from omnimap.model.sample import sample_workspace

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="a shell script as the engine")


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "shop.omnimap"
    save_workspace(sample_workspace("pl"), path)
    return path


def _fake_dot(folder, script: str, monkeypatch) -> None:
    """A ``dot`` on PATH that runs ``script`` (sh) instead of Graphviz."""
    folder.mkdir()
    dot = folder / "dot"
    dot.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    dot.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


def _one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@posix_only
def test_an_engine_writing_broken_svg_is_one_line(sample_file, tmp_path, monkeypatch, capsys):
    _fake_dot(tmp_path / "bin", 'cat >/dev/null; echo "<svg><g>cut short"', monkeypatch)
    out = tmp_path / "map.svg"
    assert main(["export", str(sample_file), "-o", str(out), "--engine", "dot"]) == 2
    assert "invalid SVG" in _one_line(capsys)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_svg_error_is_an_engine_error():
    # export_to_file promises EngineError for a failing engine; the app catches that.
    from omnimap.export import EngineError, SvgError, clean_svg

    with pytest.raises(EngineError):
        clean_svg(b"<svg><g>cut short", "t", "d")
    assert issubclass(SvgError, ValueError)
