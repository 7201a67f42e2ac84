"""Compatibility layers: the calls other libraries' users make, answered by
this package, so that a pipeline switches by changing an import.

- :mod:`devanagari.compat.indicnlp`: Indic NLP Library's normalizer,
  sentence splitter and trivial tokenizer, for Devanagari languages.
"""
