"""Analyses of finished records: ``frames`` (tables), ``people_index``, ``cooperation`` (the
network) and ``scoring`` (``extract eval``, counted as the reference scorer counts).
"""
