"""File ▸ Export…: options with a live preview, and Edit ▸ Copy as PNG.

Both go through :func:`omnimap.raster.export_to_file`, the call the command
line makes, so the app and ``omnimap export`` write the same bytes for the
same options.

The dialog works on a snapshot of the workspace (a saved-and-reloaded copy
taken when it opens): the engine runs in a thread-pool worker, and nothing it
does can reach the user's map. Cancelling kills the engine process; a file
being written is only renamed into place once complete.

The last choices are kept in QSettings under ``export_dialog/*``; the
Preferences keys ``export/format|scale|background|engine`` are the defaults
until the dialog has been used.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QObject,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.dialogs.export_paths import FORMATS, default_export_path, fitted_path

__all__ = ["ExportDialog", "copy_png_to_clipboard", "export_dialog"]

LAYOUTS = ("arranged", "flow")
SCALES = (1, 2, 4)
BACKGROUNDS = ("white", "transparent")
ENGINES = ("auto", "dot", "graphviz-pure")
_PREFIX = "export_dialog/"


def _first_line(error: BaseException) -> str:
    text = str(error)
    return text.splitlines()[0] if text else type(error).__name__


class _Signals(QObject):
    progress = Signal(int, int, int)
    done = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Job(QRunnable):
    """Runs ``work(cancel, progress)`` in the pool, reporting by ``ticket``."""

    def __init__(self, ticket: int, signals: _Signals, work: Any) -> None:
        super().__init__()
        self.ticket = ticket
        self.signals = signals
        self.work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        from omnimap.export import ExportCancelled

        try:
            result = self.work(self.cancel, lambda done, total: self.signals.progress.emit(
                self.ticket, done, total))
        except ExportCancelled:
            self.signals.cancelled.emit(self.ticket)
        except Exception as error:  # one-line export errors; nothing may escape a worker
            self.signals.failed.emit(self.ticket, _first_line(error))
        else:
            self.signals.done.emit(self.ticket, result)


def _snapshot(workspace: Any) -> Any:
    """An independent copy of the workspace (what would be saved, read back)."""
    from omnimap.io import dumps_workspace, loads_workspace

    return loads_workspace(dumps_workspace(workspace))


class ExportDialog(QDialog):
    """Export options, preview, progress and cancel (see the module docstring)."""

    # Emitted with the written paths when an export has finished.
    exported = Signal(list)

    def __init__(self, workspace: Any, journey_id: str, *, settings: QSettings | None = None,
                 default_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export journey"))
        self.settings = settings if settings is not None else QSettings()
        self.workspace = _snapshot(workspace)
        self.journey_id = journey_id
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.signals = _Signals(self)
        self.signals.progress.connect(self._job_progress)
        self.signals.done.connect(self._job_done)
        self.signals.failed.connect(self._job_failed)
        self.signals.cancelled.connect(self._job_cancelled)
        self._ticket = 0
        self._preview_job: _Job | None = None
        self._export_job: _Job | None = None
        self._engine_labels: dict[str, str] = {}
        # The SVG shown in the preview, for tests and for re-fitting.
        self.preview_svg: bytes = b""
        self.written: list[Path] = []
        # Option changes in quick succession make one preview.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._start_preview)
        self._build(default_path)
        self._restore()
        self._options_changed()

    # ------------------------------------------------------------------ layout
    def _build(self, default_path: Path | None) -> None:
        self.format = QComboBox(self)
        for value, text in zip(FORMATS, (self.tr("SVG (vector, for slides)"),
                                         self.tr("PNG (image)"), self.tr("PDF (document)"),
                                         self.tr("PowerPoint (editable shapes)")), strict=True):
            self.format.addItem(text, value)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Arranged (as on the canvas)"), "arranged")
        self.layout_combo.addItem(self.tr("Flow (left to right)"), "flow")
        self.scale = QComboBox(self)
        for factor in SCALES:
            self.scale.addItem(f"{factor}×", factor)
        self.scale.setToolTip(self.tr("PNG only: 96 dpi times this factor"))
        self.background = QComboBox(self)
        self.background.addItem(self.tr("White"), "white")
        self.background.addItem(self.tr("Transparent"), "transparent")
        self.current_journey = QRadioButton(self.tr("Current journey"), self)
        self.all_journeys = QRadioButton(self.tr("All journeys (one file each)"), self)
        self.current_journey.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.current_journey)
        scope.addButton(self.all_journeys)
        self.emotion = QCheckBox(self.tr("Emotion curve"), self)
        self.emotion.setChecked(True)
        self.details = QCheckBox(self.tr("Pain points and opportunities"), self)
        self.engine = QComboBox(self)
        self.engine.addItem(self.tr("Automatic"), "auto")
        self.engine.addItem(self.tr("System Graphviz (dot)"), "dot")
        self.engine.addItem(self.tr("Built-in (graphviz-pure)"), "graphviz-pure")
        self.engine_label = QLabel(self)
        self.engine_label.setObjectName("engine_label")
        self.path = QLineEdit(self)
        self._default_stem = default_path.stem if default_path is not None else "map"
        if default_path is not None:
            self.path.setText(str(default_path))
        self.path.editingFinished.connect(self._follow_typed_format)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow(self.tr("Scale:"), self.scale)
        form.addRow(self.tr("Background:"), self.background)
        journeys = QVBoxLayout()
        journeys.addWidget(self.current_journey)
        journeys.addWidget(self.all_journeys)
        form.addRow(self.tr("Journeys:"), journeys)
        extras = QVBoxLayout()
        extras.addWidget(self.emotion)
        extras.addWidget(self.details)
        form.addRow(self.tr("Show:"), extras)
        form.addRow(self.tr("Graphviz:"), self.engine)
        form.addRow("", self.engine_label)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("File:"), where)
        options = QWidget(self)
        options.setLayout(form)
        options.setMaximumWidth(420)

        self.preview = QSvgWidget()
        self.preview.setObjectName("export_preview")
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_area.setMinimumSize(QSize(520, 360))
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.preview_area, 1)
        side.addWidget(self.preview_note)
        body = QHBoxLayout()
        body.addWidget(options)
        body.addLayout(side, 1)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_text = self.cancel_button.text()
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.export_button.setDefault(True)

        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.busy)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)

        for combo in (self.format, self.layout_combo, self.scale, self.background, self.engine):
            combo.currentIndexChanged.connect(self._options_changed)
        for box in (self.emotion, self.details, self.all_journeys):
            box.toggled.connect(self._options_changed)
        self.resize(1100, 640)

    # ---------------------------------------------------------------- settings
    def _restore(self) -> None:
        from omnimap.gui.preferences import Preferences

        prefs = Preferences(self.settings)
        defaults = {"format": prefs.export_format, "scale": prefs.export_scale,
                    "background": prefs.export_background, "engine": prefs.export_engine,
                    "layout": "arranged"}
        for key, combo in (("format", self.format), ("layout", self.layout_combo),
                           ("scale", self.scale), ("background", self.background),
                           ("engine", self.engine)):
            value = self.settings.value(_PREFIX + key, defaults[key])
            index = combo.findData(int(str(value)) if key == "scale" and str(value).isdigit()
                                   else value)
            if index >= 0:
                combo.setCurrentIndex(index)
        for key, box, default in (("emotion", self.emotion, True),
                                  ("details", self.details, False),
                                  ("all", self.all_journeys, False)):
            value = self.settings.value(_PREFIX + key, default)
            box.setChecked(value in (True, "true", "1", 1))
        self._fix_suffix()

    def _remember(self) -> None:
        options = self.options()
        for key in ("format", "layout", "scale", "background", "engine", "emotion", "details"):
            self.settings.setValue(_PREFIX + key, options[key])
        self.settings.setValue(_PREFIX + "all", self.all_journeys.isChecked())
        self.settings.sync()

    # ----------------------------------------------------------------- options
    def options(self) -> dict[str, Any]:
        """The chosen options, as ``export_to_file`` keywords (plus ``format``)."""
        return {
            "format": self.format.currentData(),
            "layout": self.layout_combo.currentData(),
            "scale": int(self.scale.currentData()),
            "background": self.background.currentData(),
            "engine": self.engine.currentData(),
            "emotion": self.emotion.isChecked(),
            "details": self.details.isChecked(),
        }

    def _follow_typed_format(self) -> None:
        """A typed ``.png`` (or other known format) chooses that format: it says what is wanted."""
        suffix = Path(self.path.text().strip()).suffix.lower().lstrip(".")
        if suffix in FORMATS and suffix != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(suffix))

    def _fix_suffix(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(fitted_path(text, self.format.currentData(),
                                              self._default_stem)))

    def _options_changed(self, *_args: Any) -> None:
        fmt = self.format.currentData()
        pptx = fmt == "pptx"
        arranged = pptx or self.layout_combo.currentData() == "arranged"
        self.scale.setEnabled(fmt == "png")
        self.layout_combo.setEnabled(not pptx)
        self.background.setEnabled(not pptx)
        self.engine.setEnabled(not pptx)
        self.emotion.setEnabled(arranged)
        self.details.setEnabled(arranged)
        self.all_journeys.setText(self.tr("All journeys (one slide each)") if pptx
                                  else self.tr("All journeys (one file each)"))
        self._fix_suffix()
        self._show_engine()
        self.preview_note.setText(self.tr(
            "The slide is built from editable shapes in the arranged layout; "
            "the preview shows that layout.") if pptx else "")
        self._debounce.start()

    def _show_engine(self) -> None:
        from omnimap.export import EngineError, find_engine

        if self.format.currentData() == "pptx":
            self.engine_label.setText(self.tr("Engine: none (native PowerPoint shapes)"))
            return
        choice = self.engine.currentData()
        if choice not in self._engine_labels:
            try:
                self._engine_labels[choice] = find_engine(choice).label()
            except EngineError as error:
                self._engine_labels[choice] = "!" + _first_line(error)
        label = self._engine_labels[choice]
        if label.startswith("!"):
            self.engine_label.setText(self.tr("Engine missing: {why}").format(why=label[1:]))
        else:
            self.engine_label.setText(self.tr("Engine: {name}").format(name=label))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              f"{fmt.upper()} (*.{fmt})")
        if path:
            self.path.setText(path)
            self._follow_typed_format()
            self._fix_suffix()

    # ----------------------------------------------------------------- preview
    def _start_preview(self) -> None:
        from omnimap.export import TableMeasurer, render_svg

        if self._preview_job is not None:
            self._preview_job.cancel.set()
        options = self.options()
        layout = "arranged" if options["format"] == "pptx" else options["layout"]
        emotion = options["emotion"] and layout == "arranged"
        details = options["details"] and layout == "arranged"
        engine = options["engine"]
        workspace = self.workspace
        journey = workspace.journey(self.journey_id)

        def work(cancel: threading.Event, progress: Any) -> bytes:
            return render_svg(workspace, journey, layout=layout,
                              background=options["background"], engine=engine,
                              measurer=TableMeasurer(), emotion=emotion, details=details,
                              cancel=cancel).svg

        self._preview_job = self._start(work)
        if self._export_job is None:
            self._busy(self.tr("Drawing the preview…"))

    def _show_preview(self, svg: bytes) -> None:
        self.preview_svg = svg
        self.preview.load(QByteArray(svg))
        self._fit_preview()

    def _fit_preview(self) -> None:
        renderer = self.preview.renderer()
        if not renderer.isValid():
            return
        box = renderer.viewBoxF()
        width = max(100, self.preview_area.viewport().width() - 4)
        height = round(width * box.height() / max(1.0, box.width()))
        self.preview.setFixedSize(width, height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def preview_ready(self) -> bool:
        """True once the preview shows the current options (for tests)."""
        return self._preview_job is None and bool(self.preview_svg)

    # ------------------------------------------------------------------ export
    def target_path(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def start_export(self) -> None:
        """Export with the current options, in a worker; the dialog closes when done."""
        from omnimap.raster import export_to_file

        if self._export_job is not None:
            return
        self._follow_typed_format()
        self._fix_suffix()
        out = self.target_path()
        if out is None:
            self._browse()
            out = self.target_path()
            if out is None:
                return
        if not out.parent.is_dir():
            QMessageBox.warning(self, self.tr("Cannot export"),
                                self.tr("{folder}: no such folder").format(folder=out.parent))
            return
        options = self.options()
        fmt = options.pop("format")
        if fmt == "pptx":
            options["layout"] = "arranged"
        journey_id = None if self.all_journeys.isChecked() else self.journey_id
        workspace = self.workspace

        def work(cancel: threading.Event, progress: Any) -> list[Path]:
            return export_to_file(workspace, journey_id, out, fmt=fmt, cancel=cancel,
                                  progress=progress, **options)

        self._remember()
        self._export_job = self._start(work)
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel export"))
        self._busy(self.tr("Exporting…"))

    def cancel_export(self) -> None:
        if self._export_job is not None:
            self._export_job.cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    def exporting(self) -> bool:
        return self._export_job is not None

    def _cancel_clicked(self) -> None:
        if self._export_job is not None:
            self.cancel_export()
        else:
            self.reject()

    # ------------------------------------------------------------------- jobs
    def _start(self, work: Any) -> _Job:
        self._ticket += 1
        job = _Job(self._ticket, self.signals, work)
        self.pool.start(job)
        return job

    def _busy(self, text: str) -> None:
        self.busy.setRange(0, 0)
        self.busy.show()
        self.status.setText(text)

    def _idle(self, text: str = "") -> None:
        self.busy.setRange(0, 1)
        self.busy.hide()
        self.status.setText(text)

    def _job_progress(self, ticket: int, done: int, total: int) -> None:
        job = self._export_job
        if job is not None and job.ticket == ticket and total > 1:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            self.status.setText(self.tr("Exporting {done} of {total}…").format(
                done=min(done + 1, total), total=total))

    def _job_done(self, ticket: int, result: Any) -> None:
        if self._preview_job is not None and self._preview_job.ticket == ticket:
            self._preview_job = None
            self._show_preview(result)
            if self._export_job is None:
                self._idle()
        elif self._export_job is not None and self._export_job.ticket == ticket:
            self._export_job = None
            self.written = list(result)
            self._idle(self.tr("Exported {paths}").format(
                paths=", ".join(str(p) for p in self.written)))
            self.exported.emit(self.written)
            self.accept()

    def _job_failed(self, ticket: int, message: str) -> None:
        if self._preview_job is not None and self._preview_job.ticket == ticket:
            self._preview_job = None
            self.preview_svg = b""
            self.preview.load(QByteArray())
            if self._export_job is None:
                self._idle(self.tr("No preview: {why}").format(why=message))
        elif self._export_job is not None and self._export_job.ticket == ticket:
            self._export_job = None
            self._export_ended()
            self._idle()
            QMessageBox.warning(self, self.tr("Cannot export"), message)

    def _job_cancelled(self, ticket: int) -> None:
        if self._export_job is not None and self._export_job.ticket == ticket:
            self._export_job = None
            self._export_ended()
            self._idle(self.tr("Export cancelled; nothing was written."))

    def _export_ended(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self._cancel_text)

    def done(self, result: int) -> None:
        # Closing stops what still runs; the workers only touch the snapshot.
        for job in (self._preview_job, self._export_job):
            if job is not None:
                job.cancel.set()
        self._debounce.stop()
        self.pool.waitForDone(10_000)
        super().done(result)


def export_dialog(window: Any) -> bool:
    """Show the export dialog for the window's current journey; True when a file was written."""
    document, journey_id = window.document, window.current_journey_id()
    if document is None or journey_id is None:
        return False
    dialog = ExportDialog(document.workspace, journey_id, settings=window.settings.q,
                          default_path=default_export_path(window, journey_id, "svg"),
                          parent=window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.written)
    if accepted:
        window.settings.set_last_folder(dialog.written[0])
        window.statusBar().showMessage(QCoreApplication.translate("export", "Exported {paths}")
                                       .format(paths=", ".join(str(p) for p in dialog.written)),
                                       6000)
    dialog.deleteLater()
    return accepted


def copy_png_to_clipboard(window: Any) -> bool:
    """Edit ▸ Copy as PNG: the current journey, arranged, 2×, onto the clipboard.

    Rendered through ``export_to_file`` like a PNG export, then offered both as
    an image and as ``image/png`` bytes (slide software takes either).
    """
    from omnimap.raster import export_to_file

    document, journey_id = window.document, window.current_journey_id()
    if document is None or journey_id is None:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with tempfile.TemporaryDirectory(prefix="omnimap-copy-") as folder:
            path = Path(folder) / "journey.png"
            engine = str(window.settings.q.value("export/engine", "auto") or "auto")
            export_to_file(document.workspace, journey_id, path, fmt="png", layout="arranged",
                           scale=2, background="white",
                           engine=engine if engine in ENGINES else "auto")
            data = path.read_bytes()
    except Exception as error:  # export errors are one line; nothing else may crash the app
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, QCoreApplication.translate("export", "Cannot copy"),
                            _first_line(error))
        return False
    QGuiApplication.restoreOverrideCursor()
    image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # the stubs want bytes
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData("image/png", QByteArray(data))
    QGuiApplication.clipboard().setMimeData(mime)
    window.statusBar().showMessage(
        QCoreApplication.translate("export", "Copied the journey as a PNG image"), 4000)
    return True
