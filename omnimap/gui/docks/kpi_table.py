"""A small table editing a stage's KPIs: metric, unit, target, actual, direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["KpiTable"]


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".").replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    return float(text)


def _show(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


class KpiTable(QWidget):
    """Emits ``committed(rows)`` with the whole KPI list after each edit, or ``invalid(why)``."""

    committed = Signal(list)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, self)

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = add = QPushButton(self)
        add.clicked.connect(self._add)
        self.remove_button = remove = QPushButton(self)
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self._loading = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Metric"), self.tr("Unit"), self.tr("Target"), self.tr("Actual"),
            self.tr("Higher is better")])
        self.table.setAccessibleName(self.tr("Stage KPIs"))
        self.add_button.setText(self.tr("Add KPI"))
        self.remove_button.setText(self.tr("Remove KPI"))

    def show_kpis(self, kpis: list[dict[str, Any]]) -> None:
        if self.table.state() == QTableWidget.State.EditingState:
            return
        self._loading = True
        try:
            self.table.setRowCount(len(kpis))
            for r, kpi in enumerate(kpis):
                cells = [kpi["metric"], kpi["unit"], _show(kpi["target"]), _show(kpi["actual"])]
                for c, text in enumerate(cells):
                    self.table.setItem(r, c, QTableWidgetItem(text))
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                check.setCheckState(Qt.CheckState.Checked if kpi["higher_is_better"]
                                    else Qt.CheckState.Unchecked)
                self.table.setItem(r, 4, check)
        finally:
            self._loading = False

    def rows(self) -> list[dict[str, Any]]:
        """The table as KPI dicts; raises ValueError naming the bad cell."""
        kpis = []
        for r in range(self.table.rowCount()):
            def text(c: int, row: int = r) -> str:
                item = self.table.item(row, c)
                return item.text().strip() if item is not None else ""

            metric = text(0)
            if not metric:
                raise ValueError(self.tr("KPI {n}: the metric needs a name").format(n=r + 1))
            values = []
            for c, what in ((2, self.tr("target")), (3, self.tr("actual"))):
                try:
                    values.append(_number(text(c)))
                except ValueError:
                    raise ValueError(self.tr("KPI {n}: {what} must be a number, not “{text}”")
                                     .format(n=r + 1, what=what, text=text(c))) from None
            check = self.table.item(r, 4)
            kpis.append({
                "metric": metric,
                "unit": text(1),
                "target": values[0],
                "actual": values[1],
                "higher_is_better": check is None
                or check.checkState() == Qt.CheckState.Checked,
            })
        return kpis

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._emit()

    def _emit(self) -> None:
        try:
            rows = self.rows()
        except ValueError as error:
            self.invalid.emit(str(error))
            return
        self.committed.emit(rows)

    def _add(self) -> None:
        self._loading = True
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(4):
            self.table.setItem(r, c, QTableWidgetItem(""))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(r, 4, check)
        self._loading = False
        # Committed once the metric is named; an unnamed row is not a KPI yet.
        self.table.setCurrentCell(r, 0)
        first = self.table.item(r, 0)
        if first is not None:
            self.table.editItem(first)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.table.removeRow(r)
        self._emit()
