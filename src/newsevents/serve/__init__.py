"""The analyst's workbench: an HTTP API and a dashboard over an event store.

``create_app(path)`` opens the store read-only (``reader``), checks requests
(``params``), reads with parameterised SQL (``queries``) and serves the page in
``static/`` with the map outlines of ``geography``.  ``newsevents serve`` runs it.
"""

from newsevents.serve.app import create_app

__all__ = ["create_app"]
