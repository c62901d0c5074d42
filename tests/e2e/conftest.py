"""End-to-end tests: the real client as a process (``python -m app``) and the real service
as a process. The client's own fixtures (profile folder, Qt launcher) are shared."""

from tests.app.conftest import mailbox, profile_home
from tests.app.gui.conftest import launch

__all__ = ["launch", "mailbox", "profile_home"]
