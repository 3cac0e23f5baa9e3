"""Viewers: ``html`` (an article with its items highlighted), ``network`` (the offline
cooperation network page and figures) and ``terminal`` (``extract show``).
"""
