"""``omnimap export`` (SVG; PNG and PDF are in tests/gui/test_raster_export.py)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from omnimap.cli.main import main
from omnimap.export import engine as engine_module
from omnimap.io import save_workspace
from omnimap.model.sample import sample_workspace


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "shop.omnimap"
    save_workspace(sample_workspace("pl"), path)
    return path


@pytest.fixture
def two_journeys_file(tmp_path):
    ws = sample_workspace("pl")
    bob = ws.add_journey("Bartłomiej Żak", id="bob")
    bob.add_touchpoint("awareness", "store", "Widzi witrynę")
    path = tmp_path / "two.omnimap"
    save_workspace(ws, path)
    return path


def _err_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_exports_svg(sample_file, tmp_path, capsys):
    out = tmp_path / "map.svg"
    assert main(["export", str(sample_file), "-o", str(out), "--engine", "graphviz-pure"]) == 0
    root = ET.fromstring(out.read_bytes())
    assert root[0].text == "Anna"
    assert capsys.readouterr().err == ""


def test_verbose_names_the_engine(sample_file, tmp_path, capsys):
    out = tmp_path / "map.svg"
    assert main(["export", str(sample_file), "-o", str(out), "--verbose",
                 "--engine", "graphviz-pure"]) == 0
    err = capsys.readouterr().err
    assert "engine: graphviz-pure" in err and "0.2.2" in err and str(out) in err
    assert "\n1 file in " in err  # a count in words, not "1 file(s)"


def test_same_options_same_bytes(sample_file, tmp_path):
    for layout in ("arranged", "flow"):
        a, b = tmp_path / f"a-{layout}.svg", tmp_path / f"b-{layout}.svg"
        for out in (a, b):
            assert main(["export", str(sample_file), "-o", str(out), "--layout", layout]) == 0
        assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a-arranged.svg").read_bytes() != (tmp_path / "a-flow.svg").read_bytes()


def test_all_writes_one_file_per_journey(two_journeys_file, tmp_path):
    out = tmp_path / "map.svg"
    assert main(["export", str(two_journeys_file), "-o", str(out), "--all"]) == 0
    assert sorted(p.name for p in tmp_path.glob("map-*.svg")) == [
        "map-anna.svg", "map-bartlomiej-zak.svg"]
    assert not out.exists()
    bob = ET.fromstring((tmp_path / "map-bartlomiej-zak.svg").read_bytes())
    assert bob[0].text == "Bartłomiej Żak"


def test_journey_by_name(two_journeys_file, tmp_path):
    out = tmp_path / "bob.svg"
    assert main(["export", str(two_journeys_file), "-o", str(out),
                 "--journey", "bartłomiej żak"]) == 0
    assert b"Widzi witryn" in out.read_bytes()


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/x.gif"], "cannot export to '.gif'"),
    (["-o", "{tmp}/x"], "use .svg, .png, .pdf or .pptx"),
    (["-o", "{tmp}/x.svg", "--journey", "Nobody"], "no journey 'Nobody'"),
    (["-o", "{tmp}/missing/x.svg"], "no such folder"),
    (["-o", "{tmp}/x.svg", "--scale", "3"], "invalid choice"),
    (["-o", "{tmp}/x.svg", "--layout", "circle"], "invalid choice"),
    (["-o", "{tmp}/x.svg", "--all", "--journey", "Anna"], "not allowed with"),
])
def test_bad_input_is_one_line_and_exit_2(sample_file, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["export", str(sample_file), *args]) == 2
    assert message in _err_line(capsys)


def test_several_journeys_need_a_choice(two_journeys_file, tmp_path, capsys):
    assert main(["export", str(two_journeys_file), "-o", str(tmp_path / "x.svg")]) == 2
    err = _err_line(capsys)
    assert "--journey" in err and "'Bartłomiej Żak'" in err


def test_unreadable_file(tmp_path, capsys):
    bad = tmp_path / "bad.omnimap"
    bad.write_bytes(b"\x00not json")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.svg")]) == 2
    assert "bad.omnimap" in _err_line(capsys)
    assert main(["export", str(tmp_path / "none.omnimap"), "-o", str(tmp_path / "x.svg")]) == 2
    _err_line(capsys)


def test_missing_engine(sample_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(engine_module.shutil, "which", lambda name: None)
    assert main(["export", str(sample_file), "-o", str(tmp_path / "x.svg"),
                 "--engine", "dot"]) == 2
    assert "'dot' is not installed" in _err_line(capsys)
    monkeypatch.setattr(engine_module, "_graphviz_pure_path", lambda: None)
    assert main(["export", str(sample_file), "-o", str(tmp_path / "x.svg")]) == 2
    assert "no Graphviz engine" in _err_line(capsys)


def test_svg_export_never_loads_qt(sample_file, tmp_path):
    out = tmp_path / "map.svg"
    code = (
        "import sys\n"
        "from omnimap.cli.main import main\n"
        f"assert main(['export', {str(sample_file)!r}, '-o', {str(out)!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000


def test_png_without_qt_is_a_one_line_error(sample_file, tmp_path):
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # as if PySide6 were not installed\n"
        "from omnimap.cli.main import main\n"
        f"sys.exit(main(['export', {str(sample_file)!r}, '-o', {str(tmp_path / 'x.png')!r}]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "PNG export needs PySide6" in proc.stderr
    assert not (tmp_path / "x.png").exists()
