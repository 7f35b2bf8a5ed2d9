"""The problems list: the findings of ``check(workspace)``, kept up to date.

The checks run again a moment after the workspace stops changing (a short
single-shot timer coalesces the bursts of signals an edit or undo makes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.docks._base import Subscriptions, Texts

if TYPE_CHECKING:
    from omnimap.commands import Document

__all__ = ["RECHECK_DELAY_MS", "ProblemsDock"]

RECHECK_DELAY_MS = 120
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsDock(QDockWidget):
    """Lists findings; ``finding_activated(finding)`` when one is clicked."""

    finding_activated = Signal(object)
    #: Emitted after each recheck with (errors, warnings, infos).
    counts_changed = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self.texts.add(self.setWindowTitle, lambda: self.tr("Problems"))
        self.setObjectName("problems_dock")
        self.document: Document | None = None
        self.findings: list[Any] = []
        self._subs = Subscriptions()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        layout.addWidget(self.summary)
        self.list = QListWidget(body)
        self.texts.add(self.list.setAccessibleName,
                       lambda: self.tr("Problems found on the map"))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_DELAY_MS)
        self.timer.timeout.connect(self.recheck)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self.recheck()
        super().changeEvent(event)

    def counts(self) -> tuple[int, int, int]:
        """How many errors, warnings and notes the last check found."""
        found = [f.severity for f in self.findings]
        return found.count("error"), found.count("warning"), found.count("info")

    def set_document(self, document: Document | None) -> None:
        self._subs.clear()
        self.document = document
        if document is not None:
            self._subs.connect(document.workspace.changed, self.schedule)
        self.recheck()

    def schedule(self) -> None:
        self.timer.start()

    def recheck(self) -> None:
        """Run the checks now and show their findings."""
        self.timer.stop()
        self.list.clear()
        self.findings = []
        if self.document is None:
            self.summary.setText("")
            self.counts_changed.emit(0, 0, 0)
            return
        from omnimap.analysis.checks import check

        try:
            self.findings = check(self.document.workspace)
        except Exception as error:  # a bug in a check must not take the editor down
            self.summary.setText(self.tr("The checks failed: {error}").format(error=error))
            return
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        names = {"error": self.tr("Error"), "warning": self.tr("Warning"),
                 "info": self.tr("Note")}
        for position, finding in enumerate(self.findings):
            item = QListWidgetItem(icons[finding.severity], finding.message, self.list)
            item.setData(_FINDING_ROLE, position)
            item.setToolTip(f"{names[finding.severity]} · {finding.code}")
        counts = self.counts()
        if not self.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(", ".join((self.tr("%n error(s)", "", counts[0]),
                                            self.tr("%n warning(s)", "", counts[1]),
                                            self.tr("%n note(s)", "", counts[2]))))
        self.counts_changed.emit(*counts)

    def _activated(self, item: QListWidgetItem) -> None:
        position = item.data(_FINDING_ROLE)
        if position is not None and 0 <= position < len(self.findings):
            self.finding_activated.emit(self.findings[position])

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]
