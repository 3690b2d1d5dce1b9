"""The text flow of a routine sheet: a cursor running down the pages, breaking them as needed.

Pure Python, like the layout that drives it: heights come from the injected ``measure``.
"""

from __future__ import annotations

from acuguide.sheet.items import MARGIN, Item, Measure, Page, Rect, Text


class Flow:
    """Pages being filled from the top: items go at ``y``, the cursor moves on below them."""

    def __init__(self, size: tuple[float, float], measure: Measure) -> None:
        self.size = size
        self.measure = measure
        self.width = size[0] - 2 * MARGIN
        self.bottom = size[1] - MARGIN - 16  # room for the footer
        self.pages = [Page(1)]
        self.y = MARGIN

    @property
    def page(self) -> Page:
        """The page being filled."""
        return self.pages[-1]

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor (or the page is empty)."""
        if self.y + height > self.bottom and self.y > MARGIN + 1:
            self.pages.append(Page(len(self.pages) + 1))
            self.y = MARGIN

    def add(self, *items: Item) -> None:
        """Put items on the current page, where they are (the cursor does not move)."""
        self.page.items.extend(items)

    def text(self, text: str, style: str) -> float:
        """Add full-width text at the cursor (on a new page if it does not fit) and move on."""
        height = self.measure(text, style, self.width)
        self.room(height)
        self.add(Text(Rect(MARGIN, self.y, self.width, height), text, style))
        self.y += height
        return height
