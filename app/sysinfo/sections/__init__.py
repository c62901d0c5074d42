"""The sections of S1, in the order the report lists them.

Each is a small unit: ``collect(ctx) -> dict``. ``cost`` orders their start (cheap first, so
the progress moves early); ``psutil`` marks the sections whose data comes from psutil, which
the benchmark compares with a bare psutil pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from app.core.text import QT_TRANSLATE_NOOP
from app.sysinfo.context import Context
from app.sysinfo.sections.drivers import collect_drivers
from app.sysinfo.sections.events import collect_events
from app.sysinfo.sections.hardware import (
    collect_cpu,
    collect_disks,
    collect_memory,
    collect_sensors,
)
from app.sysinfo.sections.network import collect_network
from app.sysinfo.sections.processes import collect_processes
from app.sysinfo.sections.security import collect_security
from app.sysinfo.sections.services import collect_services
from app.sysinfo.sections.software import collect_software
from app.sysinfo.sections.startup import collect_startup
from app.sysinfo.sections.system import collect_computer, collect_os
from app.sysinfo.sections.users import collect_users


class Section(NamedTuple):
    id: str
    title: str
    collect: Callable[[Context], dict[str, Any]]
    cost: int
    psutil: bool = False


# Titles marked for the viewer's translations; the report itself keeps them in English.
SECTIONS: tuple[Section, ...] = (
    Section("os", QT_TRANSLATE_NOOP("Sections", "Operating system"), collect_os, 1),
    Section("computer", QT_TRANSLATE_NOOP("Sections", "Computer"), collect_computer, 2),
    Section("cpu", QT_TRANSLATE_NOOP("Sections", "CPU"), collect_cpu, 1, psutil=True),
    Section("memory", QT_TRANSLATE_NOOP("Sections", "Memory"), collect_memory, 0, psutil=True),
    Section("disks", QT_TRANSLATE_NOOP("Sections", "Disks"), collect_disks, 3, psutil=True),
    Section("network", QT_TRANSLATE_NOOP("Sections", "Network"), collect_network, 4, psutil=True),
    Section(
        "processes", QT_TRANSLATE_NOOP("Sections", "Processes"), collect_processes, 8, psutil=True
    ),
    Section("services", QT_TRANSLATE_NOOP("Sections", "Services"), collect_services, 7),
    Section("startup", QT_TRANSLATE_NOOP("Sections", "Startup items"), collect_startup, 6),
    Section("software", QT_TRANSLATE_NOOP("Sections", "Installed software"), collect_software, 9),
    Section(
        "drivers", QT_TRANSLATE_NOOP("Sections", "Drivers and kernel modules"), collect_drivers, 5
    ),
    Section(
        "users", QT_TRANSLATE_NOOP("Sections", "Users and sessions"), collect_users, 2, psutil=True
    ),
    Section("events", QT_TRANSLATE_NOOP("Sections", "Recent system errors"), collect_events, 9),
    Section(
        "sensors",
        QT_TRANSLATE_NOOP("Sections", "Battery and sensors"),
        collect_sensors,
        1,
        psutil=True,
    ),
    Section("security", QT_TRANSLATE_NOOP("Sections", "Security product"), collect_security, 5),
)

BY_ID = {s.id: s for s in SECTIONS}
