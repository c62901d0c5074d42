"""``python -m app``: the same as ``personal-cabinet``."""

import sys

from app.main import main

sys.exit(main())
