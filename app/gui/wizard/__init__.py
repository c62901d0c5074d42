"""The 5-step support request wizard (W1–W8): the QWizard, its pages, and the glue to the
Qt-free core (``app.core.wizard``, drafts, outbox) and the API client.

Nothing is imported here, so ``transfer`` (Qt-free) loads without Qt for the benchmark.
"""
