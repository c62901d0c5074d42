"""The service's request and response shapes, one module per entity.

Routers in ``server/api`` import from here and never from each other. Names follow the
OpenAPI document's component names, which clients see, so a rename is an API change.
"""
