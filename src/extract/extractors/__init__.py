"""The extractors: pure text-in, items-out functions, one module per field.

``meta`` (title, source, publish date), ``dates``, ``people`` (officials), ``staff``,
``regions``, ``agreements``, ``event`` and ``parties``; ``namelex`` holds the name and title
lexicons they share.  The spaCy components in ``extract.pipeline.components`` call them.
"""
