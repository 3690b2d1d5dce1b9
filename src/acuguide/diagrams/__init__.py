"""Body diagrams: SVG views, their hotspots and landmarks, and how they are shown."""
