"""Text: bytes to a normalized article.

``decode`` (bytes → text, encodings, size limits), ``furniture`` (page furniture: navigation,
share bars, credits — which lines are not the article) and ``normalize`` (HTML stripped,
Traditional → Simplified with offsets kept, the ``Article`` the pipeline reads).
"""
