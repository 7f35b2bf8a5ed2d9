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
def test_output_is_a_folder(sample_file, tmp_path, capsys):
    folder = tmp_path / "map.svg"
    folder.mkdir()
    assert main(["export", str(sample_file), "-o", str(folder)]) == 2
    err = _one_line(capsys)
    assert err == f"omnimap: {folder}: cannot write: is a folder, not a file\n"


def test_output_ending_in_a_slash_is_refused_not_written_without_it(sample_file, tmp_path,
                                                                     capsys):
    out = f"{tmp_path / 'map.svg'}/"
    assert main(["export", str(sample_file), "-o", out]) == 2
    assert _one_line(capsys) == (f"omnimap: {out}: names a folder (it ends in a slash); "
                                 "give the name of the file to write\n")
    assert not (tmp_path / "map.svg").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root may write into a read-only folder")
@pytest.mark.parametrize("suffix", ["svg", "pptx"])
def test_read_only_folder(sample_file, tmp_path, capsys, suffix):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        out = folder / f"map.{suffix}"
        assert main(["export", str(sample_file), "-o", str(out)]) == 2
        assert _one_line(capsys) == f"omnimap: {out}: cannot write: permission denied\n"
    finally:
        folder.chmod(0o755)


def test_refused_write_names_the_output_not_the_temporary_file(sample_file, tmp_path,
                                                               monkeypatch, capsys):
    # Whatever the system says, the user hears about the file they asked for.
    from pathlib import Path

    def refuse(self, data):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    out = tmp_path / "map.svg"
    assert main(["export", str(sample_file), "-o", str(out)]) == 2
    err = _one_line(capsys)
    assert err == f"omnimap: {out}: cannot write: permission denied\n"
    assert ".part" not in err and "Errno" not in err


@posix_only
def test_an_engine_that_cannot_run_is_not_a_write_error(sample_file, tmp_path, monkeypatch,
                                                        capsys):
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "dot").write_bytes(b"\x7fELF broken")  # executable, but no program
    (folder / "dot").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    out = tmp_path / "map.svg"
    assert main(["export", str(sample_file), "-o", str(out), "--engine", "dot"]) == 2
    err = _one_line(capsys)
    assert err.startswith(f"omnimap: cannot run dot ({folder / 'dot'}): "), err
    assert "cannot write" not in err
