"""The main window: lists the routines and points (the explorer comes with the diagrams)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from acuguide.cli_output import clock
from acuguide.model.content import Content
from acuguide.model.plan import expand


class MainWindow(QMainWindow):
    """Top-level window."""

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.setWindowTitle("acuguide")
        self.resize(960, 640)
        atlas = content.atlas
        self.routine_list = QListWidget(objectName="routines")
        for routine in content.routines.values():
            total = clock(expand(routine, atlas).total_seconds)
            self.routine_list.addItem(f"{routine.title}  ({total}, {len(routine.steps)} steps)")
        self.point_list = QListWidget(objectName="points")
        for point in atlas.points.values():
            self.point_list.addItem(f"{point.code}  {point.pinyin}  ({point.english[0]})")
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(QLabel("<b>Routines</b>"))
        layout.addWidget(self.routine_list)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(QLabel("<b>Points</b>"))
        layout.addWidget(self.point_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.setCentralWidget(splitter)
        if content.problems:
            self.statusBar().showMessage(
                f"{len(content.problems)} problem(s) in your routine files; "
                "run 'acuguide check' on them for details")
