"""Input and output of batches: ``batch`` (folders of articles → a record folder, workers,
re-runs), ``cluster`` (the same on Dask) and ``records`` (the one reader of record folders and
the one error row).
"""
