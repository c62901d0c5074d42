"""The thin HTTP client: the only code of the application that talks to the service.

Qt-free and blocking; the GUI calls it from its worker threads. Start with ``ApiClient``;
its errors are in ``app.api.errors``, token stores in ``app.api.tokens``, resumable uploads
in ``app.api.uploads`` and the event stream in ``app.api.events``.
"""
