"""The point explorer: search and list, view switcher and diagram, and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acuguide.diagrams import catalog
from acuguide.diagrams.describe import describe
from acuguide.diagrams.finding import point_rulers
from acuguide.diagrams.geometry import Hotspot
from acuguide.model.anatomy import SIDES, kind_of, side_of
from acuguide.model.atlas import UnknownPoint
from acuguide.model.content import Content
from acuguide.model.search import completions, search
from acuguide.ui.details_html import area_html, hold_html, point_html
from acuguide.ui.diagram_view import DiagramView
from acuguide.ui.view_switcher import ViewSwitcher


class Explorer(QSplitter):
    """Find a point by search, list or diagram, and read everything about it.

    Signals:
        target_selected(str, str): kind (point, area, hold) and target id.
    """

    target_selected = Signal(str, str)

    def __init__(self, content: Content, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("explorer")
        self.content = content
        self.theme = theme
        self.atlas = content.atlas
        self.selection: tuple[str, str] | None = None
        self._routine_targets: set[tuple[str, str]] = set()

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText("Search: SP6, LV 3, taichong, cramp…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search points")
        for clear in self.search_box.findChildren(QToolButton):  # Qt's clear button: unnamed
            clear.setAccessibleName("Clear search")
        self._completion_codes = dict(completions(self.atlas))
        # Parented, so Python's garbage collector cannot take the model from the completer.
        self._completion_model = QStringListModel(list(self._completion_codes), self)
        completer = QCompleter(self._completion_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._completed)
        self.search_box.setCompleter(completer)
        self.search_box.textChanged.connect(self._filter)
        self.search_box.returnPressed.connect(self._search_submitted)
        self.point_list = QListWidget()
        self.point_list.setObjectName("points")
        self.point_list.setAccessibleName("Points")
        for point in self.atlas.points.values():
            item = QListWidgetItem(f"{point.code}  {point.pinyin} · {point.english[0]}")
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            item.setToolTip(point.region)
            self.point_list.addItem(item)
        self.point_list.itemActivated.connect(self._list_chosen)
        self.point_list.itemClicked.connect(self._list_chosen)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.point_list)
        self.left_panel = left

        self.side = "left"  # the side the single-limb views show (the Left/Right switch)
        self.switcher = ViewSwitcher(theme, side=self.side)
        self.diagram = DiagramView(lambda h: describe(self.atlas, h), theme=theme)
        self.switcher.view_chosen.connect(self.show_view)
        self.diagram.hotspot_activated.connect(self._hotspot_chosen)
        # Two toggle buttons; not an exclusive group, so that Tab reaches both.
        self.side_buttons: list[QToolButton] = []
        side_row = QHBoxLayout()
        side_row.setContentsMargins(6, 0, 6, 0)
        side_row.addWidget(QLabel("One-limb views show the"))
        for side in SIDES:
            button = QToolButton()
            button.setObjectName(f"side-{side}")
            button.setText(side.capitalize())
            button.setAccessibleName(side.capitalize())
            button.setToolTip(f"Show the {side} leg and foot on the views that draw one limb")
            button.setCheckable(True)
            button.setChecked(side == self.side)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # The side shown must be plain in every theme (Fusion's dark checked button looked
            # less pressed than the unchecked one): the selection colours mark it.
            button.setStyleSheet("QToolButton:checked { background: palette(highlight); "
                                 "color: palette(highlighted-text); border-radius: 3px; "
                                 "padding: 2px 6px; } QToolButton { padding: 2px 6px; }")
            button.clicked.connect(lambda _checked=False, s=side: self.set_side(s))
            self.side_buttons.append(button)
            side_row.addWidget(button)
        side_row.addWidget(QLabel("side"))
        side_row.addStretch(1)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.switcher)
        layout.addLayout(side_row)
        layout.addWidget(self.diagram, 1)

        self.find_button = QToolButton()
        self.find_button.setObjectName("how-to-find")
        # Not "How to find it": the details below have a heading of that name.
        self.find_button.setText("Show the ruler")
        self.find_button.setCheckable(True)
        self.find_button.setToolTip("Show the landmark and a finger-width ruler on the diagram")
        self.find_button.toggled.connect(self._update_rulers)
        self.find_note = QLabel()
        self.find_note.setObjectName("find-note")
        self.find_note.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.setAccessibleName("Point details")
        self.details.setHtml("<p>Choose a point on the diagram, in the list or by search, "
                             "or a routine below the list to see its steps and start it.</p>")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.find_note)
        layout.addWidget(self.details, 1)

        for widget, stretch in ((left, 0), (centre, 1), (right, 0)):
            self.addWidget(widget)
            self.setStretchFactor(self.count() - 1, stretch)
        self.setSizes([270, 560, 350])
        self.setTabOrder(self.search_box, self.point_list)
        self.setTabOrder(self.point_list, self.switcher)
        left_button, right_button = self.side_buttons
        self.setTabOrder(self.switcher, left_button)
        self.setTabOrder(left_button, right_button)
        self.setTabOrder(right_button, self.diagram)
        self.setTabOrder(self.diagram, self.find_button)
        self.setTabOrder(self.find_button, self.details)

    # ---------------------------------------------------------------- views and theme
    def show_view(self, name: str) -> None:
        """Show diagram view ``name``, keeping the selection highlighted on it.

        ``name`` is a kind (``foot-sole``: shown on the switch's side) or a file
        (``foot-sole-right``: the switch follows its side).
        """
        side = side_of(name)
        if side is not None and side != self.side:
            self._set_switch(side)
        name = catalog.variant(name, self.side)
        self.diagram.show_view(name)
        self.switcher.set_current(kind_of(name))
        self._highlight()
        self._update_rulers()

    def set_side(self, side: str) -> None:
        """Flip the single-limb views to ``side`` ("left" or "right"), keeping the selection."""
        if side not in SIDES:
            raise ValueError(f"no side {side!r}")
        self._set_switch(side)
        current = self.diagram.view_name
        if current and side_of(current) not in (None, side):
            self.show_view(kind_of(current))

    def _set_switch(self, side: str) -> None:
        self.side = side
        for button in self.side_buttons:
            button.setChecked(button.accessibleName().lower() == side)
        self.switcher.set_side(side)

    def set_theme(self, theme: str) -> None:
        """Redraw the diagram, the thumbnails and the chosen target's details in ``theme``."""
        self.theme = theme
        self.diagram.set_theme(theme)
        self.switcher.set_theme(theme)
        self._highlight()
        self._update_rulers()
        if self.selection is not None:
            self._show_details(*self.selection)

    def _show_details(self, kind: str, target: str) -> None:
        if kind == "point":
            self.details.setHtml(point_html(self.atlas.points[target], self.atlas,
                                            list(self.content.routines.values()),
                                            theme=self.theme))
        elif kind == "area":
            self.details.setHtml(area_html(self.atlas.areas[target], self.atlas))
        else:
            self.details.setHtml(hold_html(self.atlas.holds[target], self.atlas))

    # ---------------------------------------------------------------- selection
    def select(self, kind: str, target: str, *, reveal: bool = True) -> None:
        """Select a point, area or hold: best view, both sides highlighted, details filled."""
        self.selection = (kind, target)
        self._routine_targets = set()
        entry = self.atlas.target(kind, target)
        current = self.diagram.view_name
        preferred = (current, *entry.views) if current else entry.views  # "": no view yet
        view, hotspots = catalog.best_view(kind, target, preferred, self.side)
        if view.name != current:
            self.show_view(view.name)
        self._highlight()
        if reveal:
            self.diagram.reveal({h.id for h in hotspots})
        self._show_details(kind, target)
        if kind == "point":
            self._sync_list(target)
        self._update_rulers()
        self.target_selected.emit(kind, target)

    def _highlight(self) -> None:
        view = self.diagram.view_geometry
        if view is None:
            return
        targets = {self.selection} if self.selection else self._routine_targets
        self.diagram.select({h.id for kind, target in targets
                             for h in view.for_target(kind, target)})

    def show_routine(self, html: str, targets: set[tuple[str, str]]) -> None:
        """Preview a routine: its text in the panel, its points highlighted on the diagram."""
        self.selection = None
        self.find_button.setChecked(False)
        self.details.setHtml(html)
        self._routine_targets = targets
        self._highlight()

    def _sync_list(self, code: str) -> None:
        for row in range(self.point_list.count()):
            item = self.point_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.point_list.blockSignals(True)
                self.point_list.setCurrentItem(item)
                self.point_list.blockSignals(False)

    def _hotspot_chosen(self, ident: str) -> None:
        assert self.diagram.view_geometry is not None
        hotspot: Hotspot = self.diagram.view_geometry.hotspots[ident]
        self.select(hotspot.kind, hotspot.target, reveal=False)

    def _list_chosen(self, item: QListWidgetItem) -> None:
        self.select("point", item.data(Qt.ItemDataRole.UserRole))

    # ---------------------------------------------------------------- search
    def _filter(self, text: str) -> None:
        codes = [h.point.code for h in search(self.atlas, text)] if text.strip() else None
        for row in range(self.point_list.count()):
            item = self.point_list.item(row)
            item.setHidden(codes is not None and item.data(Qt.ItemDataRole.UserRole) not in codes)

    def _search_submitted(self) -> None:
        text = self.search_box.text().strip()
        if text in self._completion_codes:
            self.select("point", self._completion_codes[text])
            return
        try:
            code = self.atlas.resolve(text).point.code
        except UnknownPoint:
            hits = search(self.atlas, text)
            if not hits:
                return
            code = hits[0].point.code
        self.select("point", code)

    def _completed(self, text: str) -> None:
        if text in self._completion_codes:
            self.select("point", self._completion_codes[text])

    # ---------------------------------------------------------------- how to find it
    def _update_rulers(self) -> None:
        rulers = []
        note = ""
        view = self.diagram.view_geometry
        if self.find_button.isChecked() and self.selection and view:
            kind, target = self.selection
            if kind != "point":
                note = "Areas and finger holds need no measuring."
            else:
                point = self.atlas.points[target]
                try:
                    rulers = point_rulers(view, point)
                except KeyError:
                    note = "This view does not show the landmark; try another view."
                if rulers and (rulers[0].distance or rulers[0].fraction):
                    note = f"From the {rulers[0].words}: {rulers[0].label}. {point.find}"
                elif rulers:
                    note = point.find
        self.diagram.show_rulers(rulers)
        self.find_note.setText(note)
        self.find_note.setVisible(bool(note))

    # ---------------------------------------------------------------- small windows
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_diagram_wide()
        current = self.switcher.currentItem()
        if current is not None:  # the strip is narrower now: keep the chosen view in sight
            self.switcher.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _keep_diagram_wide(self) -> None:
        """Give the diagram at least half the width: the side panels give way, in proportion."""
        sizes = self.sizes()
        want = (self.width() + 1) // 2
        if len(sizes) != 3 or sizes[1] >= want:
            return
        spare = sum(sizes) - want
        lows = [w.minimumSizeHint().width() if (w := self.widget(i)) else 0 for i in (0, 2)]
        share = spare / max(1, sizes[0] + sizes[2])
        left = max(lows[0], round(sizes[0] * share))
        right = max(lows[1], spare - left)
        self.setSizes([left, sum(sizes) - left - right, right])
