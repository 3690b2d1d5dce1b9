"""acuguide: guided acupressure self-massage for leg cramps, restless legs and tired legs."""

__version__ = "0.1.0"
