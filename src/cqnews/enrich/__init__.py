"""Enrichment: turn the raw strings of a :class:`~cqnews.draft.Draft` into typed values.

One module per concern: ``captions`` and ``credits`` (images, photo credits, bylines), ``dates``,
``dateline``, ``language`` and ``quotes``. ``pipeline`` runs them in order.
"""
