"""The attribution panel: which channel gets the credit, under each model, side by side.

The paths come from the map itself (``paths_from_workspace``, recomputed a
moment after the workspace stops changing, and only while the panel is shown)
or from a CSV file of paths or journeys (``read_any_csv``). Every channel gets
a group of horizontal bars, one per model in the model's colour, as a share of
all conversions. Clicking a channel lights its row on the map; a channel of a
CSV file that is not on the map lights nothing.

The analysis modules are imported on first use, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.docks._base import Subscriptions, Texts
from omnimap.gui.docks.attribution_chart import MODEL_COLORS, AttributionChart, model_title

if TYPE_CHECKING:
    from omnimap.commands import Document

__all__ = ["DEFAULT_HALF_LIFE_H", "MODEL_COLORS", "RECOMPUTE_DELAY_MS", "AttributionChart",
           "AttributionDock", "model_title"]

RECOMPUTE_DELAY_MS = 200
#: The analysis module's default half-life (one week, in hours); a test keeps them equal.
DEFAULT_HALF_LIFE_H = 168.0


class AttributionDock(QDockWidget):
    """The attribution panel; ``channel_selected(channel_id or None)`` asks the map to light it."""

    channel_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attribution_dock")
        self.texts = Texts()
        self.texts.add(self.setWindowTitle, lambda: self.tr("Attribution"))
        self.document: Document | None = None
        self._subs = Subscriptions()
        self._csv_paths: list[Any] | None = None
        self._csv_name = ""
        self._stale = True
        self.result: Any = None
        self.error = ""
        #: Channel name as shown -> channel id on the map.
        self._ids: dict[str, str] = {}
        #: Any spelling of a channel (id, name, translations), case-folded -> id.
        self._folded: dict[str, str] = {}
        self._selected_name: str | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        controls = QHBoxLayout()
        self.source_label = QLabel(body)
        controls.addWidget(self.source_label)
        self.load_button = QPushButton(body)
        self.texts.add(self.load_button.setText, lambda: self.tr("Load paths CSV…"))
        self.texts.add(self.load_button.setToolTip, lambda: self.tr(
            "A paths file (path, total_conversions, total_null) or a journeys file "
            "(journey_id, path, hours_to_conversion, converted)"))
        self.load_button.clicked.connect(self.load_csv_dialog)
        controls.addWidget(self.load_button)
        self.map_button = QPushButton(body)
        self.texts.add(self.map_button.setText, lambda: self.tr("Use the map"))
        self.texts.add(self.map_button.setToolTip,
                       lambda: self.tr("Credit the paths the map's arrows imply"))
        self.map_button.clicked.connect(self.use_map)
        controls.addWidget(self.map_button)
        controls.addStretch(1)
        self.half_life_label = QLabel(body)
        self.texts.add(self.half_life_label.setText, lambda: self.tr("Time-decay half-life:"))
        controls.addWidget(self.half_life_label)
        self.half_life = QDoubleSpinBox(body)
        self.half_life.setRange(0.5, 87_600.0)
        self.half_life.setDecimals(1)
        self.half_life.setSingleStep(12.0)
        self.half_life.setValue(DEFAULT_HALF_LIFE_H)
        self.texts.add(self.half_life.setSuffix, lambda: self.tr(" h"))
        self.texts.add(self.half_life.setToolTip, lambda: self.tr(
            "A touch this many hours before the conversion counts half as much as the last one"))
        self.texts.add(self.half_life.setAccessibleName, lambda: self.tr("Time-decay half-life"))
        self.half_life.valueChanged.connect(lambda _v: self.schedule())
        self.half_life_label.setBuddy(self.half_life)
        controls.addWidget(self.half_life)
        layout.addLayout(controls)

        self.error_label = QLabel(body)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.summary = QLabel(body)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.summary)

        self.chart = AttributionChart(body)
        self.texts.add(self.chart.setAccessibleName,
                       lambda: self.tr("Credit per channel under each attribution model"))
        self.chart.channel_clicked.connect(self.select_channel)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.chart)
        layout.addWidget(scroll, 1)
        self.setWidget(body)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.recompute)
        self.visibilityChanged.connect(self._visibility_changed)
        self._update_source()

    # ------------------------------------------------------------- document
    def set_document(self, document: Document | None) -> None:
        self._subs.clear()
        self.document = document
        self._csv_paths = None
        self._csv_name = ""
        self.select_channel(None)
        if document is not None:
            self._subs.connect(document.workspace.changed, self._workspace_changed)
        self._stale = True
        self._update_source()
        self.schedule()

    def _workspace_changed(self) -> None:
        self._channel_lookup()
        if self._csv_paths is None:
            self._stale = True
            self.schedule()

    def schedule(self) -> None:
        """Recompute a moment from now (coalesces bursts); later, if the panel is hidden."""
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self.timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self._update_source()
            self._show(self.result)
        super().changeEvent(event)

    # ---------------------------------------------------------------- source
    def load_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load paths CSV"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_csv(path)

    def load_csv(self, path: str | Path) -> bool:
        """Use the paths of a CSV file; False, with the reason shown, when it cannot be read."""
        from omnimap.analysis.attribution import AttributionError, read_any_csv
        from omnimap.gui.io_messages import attribution_error_text

        try:
            paths = read_any_csv(path)
        except AttributionError as error:
            # The file's name is enough in a one-line message; the folder makes it wrap.
            self._set_error(attribution_error_text(error, Path(path).name))
            return False
        except Exception as error:  # never a traceback in the panel
            self._set_error(self.tr("Cannot read {name}: {error}").format(
                name=Path(path).name, error=error))
            return False
        self._csv_paths = paths
        self._csv_name = Path(path).name
        self._update_source()
        self.recompute()
        return True

    def use_map(self) -> None:
        """Go back to the paths of the map."""
        self._csv_paths = None
        self._csv_name = ""
        self._update_source()
        self.recompute()

    def _update_source(self) -> None:
        if self._csv_paths is not None:
            self.source_label.setText(self.tr("Paths from {name}").format(name=self._csv_name))
        else:
            self.source_label.setText(self.tr("Paths implied by the map's arrows"))
        self.map_button.setVisible(self._csv_paths is not None)
        has_doc = self.document is not None
        self.load_button.setEnabled(has_doc)

    def _set_error(self, message: str) -> None:
        self.error = " ".join(message.split())
        self.error_label.setText(self.error)
        self.error_label.setToolTip(self.error)
        self.error_label.setVisible(bool(self.error))

    # --------------------------------------------------------------- compute
    def recompute(self) -> None:
        """Compute the credits now and show them."""
        self.timer.stop()
        self._stale = False
        if self.document is None:
            self.result = None
            self._set_error("")
            self._show(None)
            return
        from omnimap.analysis.attribution import (
            AttributionError,
            attribute,
            paths_from_workspace,
        )

        try:
            paths = (self._csv_paths if self._csv_paths is not None
                     else paths_from_workspace(self.document.workspace))
            self.result = attribute(paths, "all", half_life=self.half_life.value())
        except AttributionError as error:
            from omnimap.gui.io_messages import attribution_error_text

            self.result = None
            self._set_error(attribution_error_text(error, ""))
        except Exception as error:  # a bug in a model must not take the editor down
            self.result = None
            self._set_error(self.tr("Attribution failed: {error}").format(error=error))
        else:
            self._set_error("")
        self._channel_lookup()
        self._show(self.result)

    def _show(self, result: Any) -> None:
        if result is None:
            self.chart.empty_text = ""
            self.chart.set_data((), [], {}, 0.0, {}, {})
            self.summary.setText("")
            return
        credits = {m: {c: credit.conversions for c, credit in row.items()}
                   for m, row in result.table.items()}
        colours = {}
        if self.document is not None:
            ws = self.document.workspace
            for name in result.channels:
                cid = self.channel_id(name)
                if cid is not None and ws.has_channel(cid):
                    colours[name] = ws.channel(cid).color
        self.chart.empty_text = self.tr(
            "No converting paths yet. Connect touchpoints with arrows up to the Decision stage, "
            "or load a paths CSV.") if self._csv_paths is None else self.tr(
            "The file has no converting paths.")
        # Channels only on paths that never convert get no credit under any model.
        converting = [c for c in result.channels
                      if any(credits[m].get(c, 0.0) > 0 for m in result.models)]
        self.chart.set_data(result.models, list(converting), credits, result.total_conversions,
                            result.unavailable, colours)
        parts = [self.tr("{n:g} conversion(s) over {p} distinct path(s)").format(
            n=round(result.total_conversions, 2), p=result.distinct_paths)]
        for model in result.unavailable:
            parts.append(self.tr("{model}: needs the hours of every touch").format(
                model=model_title(model)))
        if converting:
            parts.append(self.tr("click a channel to light its row on the map"))
        self.summary.setText(" · ".join(parts))
        if self.chart.selected is None and self._selected_name in self.chart.channels:
            self.chart.selected = self._selected_name

    def _channel_lookup(self) -> None:
        """Channel names (as attribution shows them, and any spelling of them) -> ids."""
        self._ids, self._folded = {}, {}
        if self.document is None:
            return
        channels = self.document.workspace.channels
        counts: dict[str, int] = {}
        for c in channels:
            counts[c.name] = counts.get(c.name, 0) + 1
        for c in channels:
            # Same rule as the analysis: a name two channels share gets the id appended.
            shown = c.name if counts[c.name] == 1 else f"{c.name} ({c.id})"
            self._ids[shown] = c.id
        folded: dict[str, str] = {}
        for c in channels:
            for name in (c.id, c.name, *c.translations.values()):
                folded.setdefault(name.casefold(), c.id)
        self._folded = folded

    def channel_id(self, name: str) -> str | None:
        """The map's channel for a name in the results, or None when it is not on the map."""
        if name in self._ids:
            return self._ids[name]
        return self._folded.get(name.strip().casefold())

    # -------------------------------------------------------------- selection
    def select_channel(self, name: str | None) -> None:
        """Select a channel of the chart (again: deselect) and ask the map to light its row."""
        if name is not None and name == self._selected_name:
            name = None
        self._selected_name = name
        self.chart.selected = name
        self.chart.update()
        channel_id = self.channel_id(name) if name is not None else None
        self.channel_selected.emit(channel_id)
