"""The pipeline: the normalizing tokenizer, the typed article state, the spaCy components and
the assembly of a ``Record``.

``tokenizer`` (the registered ``extract.NormalizingTokenizer.v1``), ``state`` (``ArticleState``,
what each component reads and writes), ``components`` (the ``@Language.factory`` components,
``build``/``load``/``process``/``extract_article``), ``assemble`` (``Doc`` → ``Record``) and
``version`` (the run fingerprint).
"""
