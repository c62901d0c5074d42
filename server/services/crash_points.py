"""Named points where a fault test may have the service process killed (``SIGKILL``).

Inert unless ``PERSONAL_CABINET_CRASH_AT`` names a point: only the crash tests set it, on
a service process of their own, to stop it exactly between two steps of a keyed create.
"""

from __future__ import annotations

import os
import signal

ENV = "PERSONAL_CABINET_CRASH_AT"
_ARMED = os.environ.get(ENV, "")


def reach(point: str) -> None:
    if _ARMED and point == _ARMED:
        os.kill(os.getpid(), signal.SIGKILL)
