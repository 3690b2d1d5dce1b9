"""Run acuguide with ``python -m acuguide``."""

import sys

from acuguide.cli import main

sys.exit(main())
